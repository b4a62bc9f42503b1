"""E-invoices as their viewers render them: Italy's FatturaPA stylesheet lists its fields
as bullets under `Dati del cedente / prestatore`, an XRechnung visualisation puts `Name`
under `Seller` in a column of labels, and a Peppol viewer sets its totals box beside the
VAT breakdown, so their rows interleave. Each names a way the rules read one wrong: the
stylesheet's version taken for the seller and its `Numero documento` missed, the label
`Name` taken for the seller's name, a line item about summer works taken for a `Summe`,
the tax-inclusive amount for a tax, and the base a 0 % rate is reckoned on for the tax."""

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
