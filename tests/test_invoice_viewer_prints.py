"""E-invoices as their viewers print them (a KoSIT-style form, an ELSTER-style page of
business terms): the EN 16931 codes beside every label, and the seller's name wrapped
in a narrow box.

Each names one way the rules read such a print wrong: a label's `(BT-1)` code taken for
its value, a name cut where its box wraps it (after a hyphen, an `&`, or inside its
legal form), and a text layer's soft hyphen at the line's end.
"""

from bot.invoices.layout import rows
from bot.invoices.pdf_text import _runs
from bot.invoices.wrapped import joined_wrapped_names
from tests.test_invoice_parties import page, read


def test_the_business_term_codes_beside_the_labels_are_no_values():
    invoice = read(
        page(
            ("eRechnung-Viewer", 150, 40),
            ("Rechnungsnummer (BT-1)", 150, 120),
            ("KS-24-4410", 700, 120),
            ("Rechnungsdatum (BT-2)", 150, 160),
            ("14.05.2024", 700, 160),
            ("Währung (BT-5)", 150, 200),
            ("EUR - Euro", 700, 200),
            ("Verkäufer (BG-4)", 150, 300),
            ("Käufer (BG-7)", 900, 300),
            ("Name (BT-27)", 150, 340),
            ("Kabelbau Sommer GmbH", 500, 340),
            ("Name (BT-44)", 900, 340),
            ("Stadtwerke Lindau", 1200, 340),
            ("USt-IdNr. (BT-31)", 150, 380),
            ("DE805084278", 500, 380),
            ("Summe Nettobeträge (BT-106)", 150, 600),
            ("1.000,00", 1300, 600),
            ("Umsatzsteuer (BT-110)", 150, 640),
            ("190,00", 1300, 640),
            ("Gesamtbetrag brutto (BT-112)", 150, 680),
            ("1.190,00", 1300, 680),
        )
    )

    assert invoice.invoice_number == "KS-24-4410"
    assert invoice.issue_date == "2024-05-14"
    assert invoice.vendor == "Kabelbau Sommer GmbH"
    assert invoice.total == 1190.00


def _wrapped(upper: str, lower: str, beside: str = "Rechnungsnummer:") -> list[str]:
    return [
        row.text
        for row in joined_wrapped_names(
            rows(page((upper, 150, 300), (beside, 900, 300), (lower, 150, 335)))
        )
    ]


def test_a_name_wrapped_in_its_box_is_joined_back_where_the_join_ends_in_its_form():
    assert _wrapped("Hofmann & Lenz IT-", "Service GmbH")[0].startswith(
        "Hofmann & Lenz IT-Service GmbH"
    )
    assert _wrapped("Druckerei Weidner &", "Söhne GmbH")[0].startswith(
        "Druckerei Weidner & Söhne GmbH"
    )
    assert _wrapped("Malerbetrieb Krüger GmbH & Co.", "KG")[0].startswith(
        "Malerbetrieb Krüger GmbH & Co. KG"
    )


def test_a_name_whole_on_its_line_keeps_the_line_under_it_apart():
    assert len(_wrapped("Spedition Hollweg GmbH & Co. KG", "Amtsgericht Bremen HRA 27154 HB")) == 2
    assert len(_wrapped("Gemeinde Altbrunn", "Rathausstraße 3")) == 2
    assert len(_wrapped("Kabelbau Sommer", "Dorfstraße 12")) == 2


class _TextPage:
    """A text layer as pdfium gives it: characters one by one, each with its box."""

    def __init__(self, text: str) -> None:
        self.text = text

    def count_chars(self) -> int:
        return len(self.text)

    def get_text_range(self, index: int, count: int) -> str:
        return self.text[index : index + count]

    def get_charbox(self, index: int, loose: bool = True) -> tuple[float, float, float, float]:
        return (72 + 7 * index, 700, 79 + 7 * index, 712)


def test_a_text_layers_soft_hyphen_at_the_lines_end_reads_as_a_hyphen():
    assert [text for text, _ in _runs(_TextPage("Lenz IT\ufffe"))] == ["Lenz IT-"]


def test_a_sellers_name_wrapped_in_a_viewers_narrow_box_is_read_whole():
    invoice = read(
        page(
            ("Käufer", 150, 200),
            ("Verkäufer", 700, 200),
            ("Name:", 150, 240),
            ("Gemeinde Altbrunn", 350, 240),
            ("Firmenname:", 700, 240),
            ("Dachdeckerei Brandt GmbH & Co.", 950, 240),
            ("Ort:", 150, 275),
            ("Altbrunn", 350, 275),
            ("KG", 950, 275),
            ("USt-IdNr.:", 700, 310),
            ("DE266114902", 950, 310),
            ("Rechnungsnummer:", 150, 400),
            ("2024-0347", 500, 400),
            ("Rechnungsdatum:", 150, 440),
            ("12.04.2024", 500, 440),
            ("Gesamtsumme:", 150, 700),
            ("839,65", 500, 700),
        )
    )

    assert invoice.vendor == "Dachdeckerei Brandt GmbH & Co. KG"


def test_the_day_a_viewer_opened_the_file_is_not_the_invoices_date():
    invoice = read(
        page(
            ("eRechnung-Viewer", 150, 40),
            ("Datei: 2024-031.xml · Format: XRechnung 3.0 · geöffnet am 24.10.2024", 150, 80),
            ("Rechnungsnummer (BT-1)", 150, 160),
            ("2024-031", 700, 160),
            ("Rechnungsdatum (BT-2)", 150, 200),
            ("21.10.2024", 700, 200),
            ("Gesamtbetrag brutto (BT-112)", 150, 680),
            ("1.190,00", 1300, 680),
        )
    )

    assert invoice.issue_date == "2024-10-21"


def test_the_next_columns_label_read_on_with_the_sellers_name_is_cut():
    """On a scan the seller's name and the buyer column's label beside it come back as
    one phrase (`Fotostudio Sonnenlicht Ina Berg Name (BT-44)`)."""
    invoice = read(
        page(
            ("Rechnungsnummer (BT-1)", 150, 120),
            ("2024-017", 700, 120),
            ("Rechnungsdatum (BT-2)", 150, 160),
            ("21.10.2024", 700, 160),
            ("Verkäufer (BG-4)", 150, 220),
            ("Käufer (BG-7)", 1000, 220),
            ("Name (BT-27)", 150, 260),
            ("Fotostudio Sonnenlicht Ina Berg Name (BT-44)", 420, 260),
            ("Verlag Mühlbach GmbH", 1300, 260),
            ("Rechnungsbetrag (BT-112)", 150, 600),
            ("1.739,36", 1300, 600),
        )
    )

    assert invoice.vendor == "Fotostudio Sonnenlicht Ina Berg"


def test_a_screenshots_file_name_is_no_vendor_and_the_last_lines_company_is():
    invoice = read(
        page(
            ("12_nz_brand_studio_nzd_export.pdf", 40, 20),
            ("1/1", 700, 20),
            ("100% +", 900, 20),
            ("kōwhai design", 60, 90),
            ("INVOICE", 900, 90),
            ("brand & web studio - Nelson", 60, 140),
            ("Invoice No:", 60, 190),
            ("KD-2024-077", 300, 190),
            ("Date:", 60, 230),
            ("12 Nov 2024", 300, 230),
            ("Brand identity refresh", 60, 330),
            ("NZD 4,800.00", 900, 330),
            ("Subtotal", 700, 400),
            ("NZD 4,800.00", 900, 400),
            ("GST 15%", 700, 440),
            ("NZD 720.00", 900, 440),
            ("Total NZD", 700, 480),
            ("NZD 5,520.00", 900, 480),
            ("Payment within 20 days.", 60, 540),
            ("Kōwhai Design Limited · kowhaidesign.co.nz", 60, 600),
        )
    )

    assert invoice.vendor == "Kōwhai Design Limited"
