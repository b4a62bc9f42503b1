"""E-invoices as their viewers render them: Italy's FatturaPA stylesheet lists its fields
as bullets under `Dati del cedente / prestatore`, an XRechnung visualisation puts `Name`
under `Seller` in a column of labels, and a Peppol viewer sets its totals box beside the
VAT breakdown, so their rows interleave. Each names a way the rules read one wrong: the
stylesheet's version taken for the seller and its `Numero documento` missed, the label
`Name` taken for the seller's name, a line item about summer works taken for a `Summe`,
the tax-inclusive amount for a tax, and the base a 0 % rate is reckoned on for the tax."""

import pytest

from bot.invoices.parties import may_name
from bot.invoices.validate import checks, needs_review
from tests.test_invoice_latin_american_names import placed
from tests.test_invoice_parties import read
from tests.test_invoice_rules import TODAY, receipt


def test_a_fatturapa_rendering_names_its_cedente_and_numbers_its_document():
    invoice = placed(
        ("FATTURA ELETTRONICA", 60, 40, 34),
        ("Versione FPR12", 60, 90, 26),
        ("Dati del cedente / prestatore", 60, 160, 26),
        ("• Identificativo fiscale ai fini IVA: IT03184520164", 60, 200, 22),
        ("• Denominazione: Officine Meccaniche Bergamasche S.r.l.", 60, 230, 22),
        ("• Indirizzo: Via dell'Artigianato 27", 60, 260, 22),
        ("Dati del cessionario / committente", 60, 330, 26),
        ("• Identificativo fiscale ai fini IVA: IT02977140168", 60, 370, 22),
        ("• Denominazione: Trafilerie Valseriana S.p.A.", 60, 400, 22),
        ("Dati generali del documento", 60, 470, 26),
        ("• Tipologia documento: TD01 (fattura)", 60, 510, 22),
        ("• Data documento: 2025-07-31", 60, 540, 22),
        ("• Numero documento: FV2025/0718", 60, 570, 22),
        ("• Importo totale documento: 6661.93", 60, 600, 22),
    )

    assert invoice.vendor == "Officine Meccaniche Bergamasche S.r.l."
    assert invoice.invoice_number == "FV2025/0718"


def test_a_visualisations_name_label_under_its_seller_heading_is_no_name():
    invoice = placed(
        ("Invoice", 130, 40, 34),
        ("Invoice number", 130, 120, 24),
        ("INV-NL-2025-1187", 800, 120, 24),
        ("Invoice issue date", 130, 160, 24),
        ("2025-05-08", 800, 160, 24),
        ("Seller", 130, 240, 28),
        ("Name", 130, 290, 24),
        ("Polderkade Software B.V.", 800, 290, 24),
        ("Street", 130, 330, 24),
        ("Stationsplein 45", 800, 330, 24),
        ("VAT identifier", 130, 370, 24),
        ("NL861204337B01", 800, 370, 24),
        ("Invoice total amount with VAT", 130, 500, 24),
        ("18,200.00 EUR", 1100, 500, 24),
    )

    assert invoice.vendor == "Polderkade Software B.V."
    assert invoice.total == 18200.00


def test_a_peppol_totals_box_beside_the_vat_breakdown_gives_the_tax_inclusive_amount():
    invoice = placed(
        ("Shannonside Facilities Management Limited", 60, 40, 30),
        ("ID", 60, 200, 22),
        ("Item", 120, 200, 22),
        ("Amount", 1200, 200, 22),
        ("1", 60, 240, 22),
        ("Contract cleaning, 3 school sites, June 2025", 120, 240, 22),
        ("11,250.00", 1200, 240, 22),
        ("2", 60, 280, 22),
        ("Deep clean following summer works", 120, 280, 22),
        ("2,216.40", 1200, 280, 22),
        ("Line extension amount", 700, 360, 22),
        ("13,466.40 EUR", 1200, 360, 22),
        ("S", 60, 400, 22),
        ("2,216.40", 200, 400, 22),
        ("23%", 350, 400, 22),
        ("509.77", 450, 400, 22),
        ("Tax exclusive amount", 700, 400, 22),
        ("13,466.40 EUR", 1200, 400, 22),
        ("S", 60, 440, 22),
        ("11,250.00", 200, 440, 22),
        ("13.5%", 350, 440, 22),
        ("1,518.75", 450, 440, 22),
        ("Tax amount", 700, 480, 22),
        ("2,028.52 EUR", 1200, 480, 22),
        ("Tax inclusive amount", 700, 520, 22),
        ("15,494.92 EUR", 1200, 520, 22),
    )

    assert invoice.total == 15494.92


def test_the_base_a_zero_rate_is_reckoned_on_is_no_tax_and_a_credit_transfer_no_payment():
    invoice = placed(
        ("Alpen-Präzision Fertigungstechnik GmbH", 60, 40, 30),
        ("Invoice no.", 60, 120, 22),
        ("AR250377", 60, 150, 22),
        ("Drive shaft 42CrMo4", 60, 300, 22),
        ("12,560.00", 1200, 300, 22),
        ("PAYMENT", 60, 400, 22),
        ("Line total", 700, 400, 22),
        ("12,560.00 EUR", 1200, 400, 22),
        ("Credit transfer (58)", 60, 440, 22),
        ("Charges: Freight DAP Plattling", 700, 440, 22),
        ("215.00 EUR", 1200, 440, 22),
        ("Tax basis total", 700, 480, 22),
        ("12,775.00 EUR", 1200, 480, 22),
        ("VAT 0 % on 12,775.00", 700, 520, 22),
        ("0.00 EUR", 1200, 520, 22),
        ("Grand total", 700, 560, 22),
        ("12,775.00 EUR", 1200, 560, 22),
    )

    assert invoice.total == 12775.00
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


def _viewer_totals(*more: tuple[str, str]) -> list[list[tuple[str, float]]]:
    """An XRechnung viewer's totals: a label with its BT code, then the amount, each on
    its own row; the VAT breakdown by category under them."""
    printed = [
        ("Summe aller Positionen netto: BT-106", "40.320,00"),
        ("Gesamtbetrag ohne Umsatzsteuer: BT-109", "40.320,00"),
        ("Summe Umsatzsteuer: BT-110", "7.660,80"),
        ("Gesamtbetrag einschließlich Umsatzsteuer: BT-112", "47.980,80"),
        *more,
        ("Umsatzsteueraufschlüsselung", ""),
        ("Umsatzsteuerkategorie: BT-118", "S"),
        ("Gesamtbetrag nach Kategorie: BT-116", "40.320,00"),
        ("Umsatzsteuerbetrag nach Kategorie: BT-117", "7.660,80"),
    ]
    return [[(label, 40)] + ([(value, 700)] if value else []) for label, value in printed]


def _viewer(*more: tuple[str, str]):
    invoice = read(
        receipt(
            [("Verkäufer", 40)],
            [("Firmenname: BT-27", 40), ("Ingenieurbüro Falkenried Partnerschaft mbB", 700)],
            [("Rechnungsdaten", 40)],
            [("Rechnungsnummer: BT-1", 40), ("IBF-2025-0042", 700)],
            [("Rechnungsdatum: BT-2", 40), ("24.01.2025", 700)],
            [("Gesamtbeträge der Rechnung", 40)],
            *_viewer_totals(*more),
        )
    )
    return invoice, needs_review(invoice, checks(invoice, TODAY))


def test_a_viewers_total_is_sure_with_its_net_said_again_in_the_vat_breakdown():
    invoice, flagged = _viewer(("Fälliger Betrag: BT-115", "47.980,80"))

    assert (invoice.total, invoice.subtotal, invoice.tax) == (47980.8, 40320.0, 7660.8)
    assert flagged == []


def test_a_viewers_paid_amount_leaves_the_amount_due():
    invoice, flagged = _viewer(
        ("Gezahlter Betrag: BT-113", "23.800,00"), ("Fälliger Betrag: BT-115", "24.180,80")
    )

    assert (invoice.total, invoice.amount_due) == (47980.8, 24180.8)
    assert flagged == []


def _visualisation(name: str, wrapped: str | None = None, *more: tuple) -> object:
    return placed(
        ("XRechnung visualization", 130, 20, 20),
        ("Invoice", 130, 80, 34),
        ("Seller", 160, 200, 26),
        ("Buyer", 1040, 200, 26),
        ("Name BT-27", 150, 260, 24),
        (name, 385, 260, 24),
        ("Name BT-44", 1030, 260, 24),
        ("Landesamt für Bau", 1250, 260, 24),
        *(((wrapped, 385, 290, 24),) if wrapped else ()),
        ("Address line:", 150, 330, 24),
        ("Schillerstraße 5", 385, 330, 24),
        ("Post code / City:", 150, 365, 24),
        ("99096 Erfurt", 385, 365, 24),
        ("Invoice number:", 150, 460, 24),
        ("IB-L 24/017", 500, 460, 24),
        ("Invoice issue date:", 150, 500, 24),
        ("2024-02-04", 500, 500, 24),
        ("Invoice total amount with VAT", 150, 600, 24),
        ("2,349.75", 1100, 600, 24),
        *more,
    )


@pytest.mark.parametrize(
    ("first", "wrapped"),
    [("Ingenieurbüro Dipl.-Ing. Thomas", "Lang"), ("Kanzlei Dr. Weber Rechtsanwälte", "PartG mbB")],
)
def test_a_sellers_name_wrapped_in_its_narrow_cell_is_read_whole(first, wrapped):
    invoice = _visualisation(first, wrapped)

    assert invoice.vendor == f"{first} {wrapped}"


def test_the_payment_service_provider_is_the_bank_not_the_seller():
    invoice = _visualisation(
        "Jürgen Petersen e.K.",
        None,
        ("Payment instructions", 150, 700, 26),
        ("IBAN:", 150, 740, 24),
        ("DE88 2175 0000 0165 0431 18", 500, 740, 24),
        ("Payment service provider:", 150, 780, 24),
        ("Nord-Ostsee Sparkasse", 500, 780, 24),
    )

    assert invoice.vendor == "Jürgen Petersen e.K."


@pytest.mark.parametrize(
    ("first", "wrapped"),
    [
        ("Software-Kontor Bremen UG", "(haftungsbeschränkt)"),
        ("Sanitär Yilmaz GmbH, Filiale", "Mannheim-Neckarau"),
    ],
)
def test_a_bilingual_viewers_seller_name_is_read_whole_under_its_field(first, wrapped):
    invoice = placed(
        ("E-Rechnungs-Viewer · ZUGFeRD / Factur-X", 130, 20, 20),
        ("Rechnung / Invoice", 130, 80, 34),
        ("Verkäufer / Seller", 150, 200, 26),
        ("Käufer / Buyer", 1040, 200, 26),
        ("Name / Name:", 150, 260, 24),
        (first, 420, 260, 24),
        ("Name / Name:", 1030, 260, 24),
        ("Weser Kältetechnik GmbH", 1280, 260, 24),
        (wrapped, 420, 290, 24),
        ("Handelsname / Trading name:", 150, 330, 24),
        ("SoKo", 650, 330, 24),
        ("Straße / Address line:", 150, 370, 24),
        ("Konsul-Smidt-Straße 8", 650, 370, 24),
        ("Rechnungsnummer / Invoice number:", 150, 460, 24),
        ("SKB-2024-1203", 800, 460, 24),
        ("Rechnungsdatum / Invoice date:", 150, 500, 24),
        ("03.12.2024", 800, 500, 24),
        ("Gesamtbetrag / Invoice total:", 150, 600, 24),
        ("84,00", 1300, 600, 24),
    )

    assert invoice.vendor == f"{first} {wrapped}"


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Namn", "Norrlands Ventilation & Kyla AB"),
        ("Navn", "Nordkapp Sjømat Engros AS"),
        ("Namn", "Bergström Kontorsmaterial Aktiebolag"),
    ],
)
def test_a_nordic_viewers_name_field_gives_the_suppliers_name(label, name):
    invoice = placed(
        ("Fakturaspegeln 1.9 | Genererad från XML", 130, 20, 20),
        ("Faktura", 130, 80, 34),
        ("Leverantör", 150, 200, 26),
        ("Kund", 1140, 200, 26),
        (label, 150, 260, 24),
        (name, 385, 260, 24),
        (label, 1130, 260, 24),
        ("Umeå Kommun AB", 1300, 260, 24),
        ("Fakturanummer", 150, 460, 24),
        ("71054", 500, 460, 24),
        ("Fakturadatum", 150, 500, 24),
        ("2024-04-22", 500, 500, 24),
        ("Att betala", 150, 600, 24),
        ("12 450,00", 1300, 600, 24),
    )

    assert invoice.vendor == name


@pytest.mark.parametrize("label", ["Namn", "Navn", "Raison sociale", "Name / Name:"])
def test_a_name_fields_label_alone_names_no_one(label):
    assert not may_name(label)


@pytest.mark.parametrize(
    ("title", "label", "reference"),
    [
        ("Kreditnota", "Kreditnotanummer", "Köparens referens"),
        ("Kreditnota", "Kreditnotanummer", "Kjøpers referanse"),
        ("Kreditfaktura", "Kreditfaktura nr", "Er reference"),
        ("Hyvityslasku", "Hyvityslaskun numero", "Ostajan viite"),
    ],
)
def test_a_nordic_credit_notes_own_number_is_taken_over_the_buyers_reference(
    title, label, reference
):
    invoice = placed(
        (title, 130, 80, 34),
        ("Leverandør", 150, 200, 26),
        ("Navn", 150, 260, 24),
        ("Fjordlys Elektro AS", 385, 260, 24),
        (label, 150, 460, 24),
        ("KN-2024-118", 700, 460, 24),
        (reference, 150, 500, 24),
        ("REF 62180", 700, 500, 24),
        ("Fakturadato", 150, 540, 24),
        ("2024-10-15", 700, 540, 24),
        ("Å betale", 150, 640, 24),
        ("-2 487,50", 1300, 640, 24),
    )

    assert invoice.invoice_number == "KN-2024-118"


def test_a_visualised_credit_notes_invoice_issue_date_is_its_own():
    invoice = placed(
        ("XRechnung visualization", 142, 65, 18),
        ("Stylesheet: xrechnung-3.0.2-xrechnung-visualization-2024-06-20", 954, 65, 18),
        ("Credit note", 142, 120, 34),
        ("Seller", 900, 200, 26),
        ("Name:", 900, 240, 21),
        ("Bürobedarf Schäfer KG", 1150, 240, 21),
        ("Invoice number:", 147, 736, 21),
        ("GS-24-00094", 558, 736, 21),
        ("Invoice issue date:", 147, 771, 21),
        ("08.07.2024", 558, 771, 21),
        ("Invoice type code:", 147, 806, 21),
        ("381 – Credit note", 558, 806, 21),
        ("Preceding invoice reference:", 147, 946, 21),
        ("RE-24-05517 (27.06.2024)", 558, 946, 21),
        ("Invoice total amount with VAT", 147, 1500, 21),
        ("542,10", 1300, 1500, 21),
    )

    assert invoice.issue_date == "2024-07-08"


def test_a_business_terms_table_gives_the_value_beside_the_sellers_name_term():
    invoice = placed(
        ("E-Rechnung – Darstellung nach EN 16931 (Business Terms)", 135, 143, 33),
        ("ID", 135, 258, 22),
        ("Bezeichnung", 277, 258, 22),
        ("Wert", 914, 258, 22),
        ("BT-1", 135, 332, 22),
        ("Rechnungsnummer", 277, 332, 22),
        ("GS-2024-0108", 914, 332, 22),
        ("BT-2", 135, 366, 22),
        ("Rechnungsdatum", 277, 366, 22),
        ("21.08.2024", 914, 366, 22),
        ("BG-4", 135, 817, 22),
        ("VERKÄUFER", 277, 814, 25),
        ("BT-27", 135, 857, 22),
        ("Name des Verkäufers", 277, 857, 22),
        ("Verband Deutscher Kältetechniker e.V.", 914, 857, 22),
        ("BT-31", 135, 925, 22),
        ("Umsatzsteuer-Identifikationsnummer des Verkäufers", 277, 925, 22),
        ("DE074477052", 914, 925, 22),
        ("BG-7", 135, 1229, 22),
        ("KÄUFER", 277, 1225, 25),
        ("BT-44", 135, 1269, 22),
        ("Name des Käufers", 277, 1268, 22),
        ("Evangelische Stiftung Lindenhof", 914, 1268, 22),
        ("BT-112", 135, 1929, 22),
        ("Rechnungsgesamtbetrag einschließlich Umsatzsteuer", 277, 1928, 22),
        ("24383.34", 914, 1929, 22),
    )

    assert invoice.vendor == "Verband Deutscher Kältetechniker e.V."


def test_a_viewers_xml_element_beside_the_label_is_passed_over_to_its_value():
    invoice = placed(
        ("Invoice", 135, 132, 64),
        ("UBL 2.1 · Peppol BIS Billing 3.0", 1202, 149, 30),
        ("Invoice number", 135, 293, 30),
        ("cbc:ID", 560, 293, 26),
        ("RE-2024-4331", 957, 293, 31),
        ("Issue date", 135, 339, 30),
        ("cbc:IssueDate", 560, 339, 26),
        ("2024-04-08", 957, 339, 31),
        ("Supplier (AccountingSupplierParty)", 135, 634, 40),
        ("Registration name", 135, 687, 30),
        ("cbc:RegistrationName", 560, 688, 26),
        ("Solvaris Conseil SAS", 957, 687, 31),
        ("Payable amount", 135, 1800, 30),
        ("cbc:PayableAmount", 560, 1800, 26),
        ("3121.22", 1400, 1800, 31),
    )

    assert invoice.invoice_number == "RE-2024-4331"


@pytest.mark.parametrize(
    "title", ["XML Tree View", "XML-Ansicht der Rechnung", "Postage address", "Postal address"]
)
def test_a_viewers_title_or_an_addresss_heading_names_no_one(title):
    assert not may_name(title)


def test_an_access_points_document_id_numbers_the_document_over_its_order_reference():
    invoice = placed(
        ("Tidewater Exchange", 135, 145, 34),
        ("Document Viewer · Peppol Access Point", 1085, 141, 21),
        ("Transmission ID", 151, 257, 18),
        ("1f069b25-1d6b-4c32-aa23-c64b03ba90fe", 497, 258, 21),
        ("Credit Note", 135, 540, 45),
        ("Supplier", 118, 617, 28),
        ("Customer", 827, 617, 28),
        ("Barossa Fleet Services Pty Ltd", 118, 659, 21),
        ("Light Regional Vineyards Pty Ltd", 827, 659, 21),
        ("Document ID", 151, 860, 21),
        ("CN-00391", 499, 860, 21),
        ("Issue Date", 151, 894, 21),
        ("18 Feb 2025", 499, 894, 21),
        ("Order Reference", 151, 962, 21),
        ("4500021187", 499, 962, 21),
        ("Payable Amount", 151, 1400, 21),
        ("1,267.20", 1300, 1400, 21),
    )

    assert invoice.invoice_number == "CN-00391"


def test_an_inboxs_received_date_is_no_issue_date_and_a_heading_row_numbers_the_note():
    invoice = placed(
        ("Paydeck | Purchases › Inbox › HFM-CN-2025-017", 135, 150, 21),
        ("Received", 151, 213, 18),
        ("25 Aug 2025 09:56 via Peppol", 407, 213, 21),
        ("Document type", 151, 315, 18),
        ("Credit note", 407, 316, 21),
        ("Credit note from", 118, 394, 18),
        ("To", 827, 394, 18),
        ("Harbourside Facility Management Pty Ltd", 118, 419, 21),
        ("Pyrmont Wharf Owners Corporation SP 61122", 827, 419, 21),
        ("Credit Note #", 135, 637, 18),
        ("Date", 489, 637, 18),
        ("Reference", 843, 637, 18),
        ("Original invoice", 1198, 637, 18),
        ("HFM-INV-2025-3380 (01 Aug", 1198, 679, 21),
        ("HFM-CN-2025-017", 135, 707, 21),
        ("22 Aug 2025", 489, 707, 21),
        ("SP61122", 843, 707, 21),
        ("2025)", 1198, 707, 21),
        ("Total credit (AUD)", 900, 1200, 21),
        ("814.00", 1350, 1200, 21),
    )

    assert invoice.issue_date == "2025-08-22"
    assert invoice.invoice_number == "HFM-CN-2025-017"
