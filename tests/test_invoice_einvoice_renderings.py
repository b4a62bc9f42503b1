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
