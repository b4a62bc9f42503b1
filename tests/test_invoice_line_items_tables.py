"""Line items of business invoices' tables, in German, French and English.

Pages built here as OCR boxes: a table's heading over its columns (`Pos. | Bezeichnung |
Menge | Einheit | Einzelpreis | Gesamtpreis`, `Désignation | Qté | PU HT | Montant HT`),
item rows under it, the sums below. An item's amount is the one in the line amount's
column, its quantity the number under the quantity heading, its description the text
under the description heading, run on over the lines below it; the items must add up to
the net sum, so the items check passes and no person is asked to look at them.
"""

from bot.invoices.fields import LineItem
from bot.invoices.item_rows import read_table
from bot.invoices.item_table import find_heading
from bot.invoices.layout import rows
from bot.invoices.rules import extract
from bot.invoices.validate import checks, needs_review
from bot.providers.types import OcrLine
from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import TODAY

SELLER = (
    ("Holzbau Berger GmbH · Sägewerkstr. 4 · 79100 Freiburg", 150, 300),
    ("Rechnung", 150, 450),
    ("Rechnungs-Nr.:", 900, 450),
    ("RE-2024-0815", 1200, 450),
    ("Datum:", 900, 500),
    ("12.03.2024", 1200, 500),
)
#: Columns: Pos. 100 | Bezeichnung 200 | Menge 700 | Einheit 820 | Einzelpreis 980 |
#: Gesamtpreis 1220 (the amounts flush right under it, ending at 1418).
GERMAN_HEADING = (
    ("Pos.", 100, 700),
    ("Bezeichnung", 200, 700),
    ("Menge", 700, 700),
    ("Einheit", 820, 700),
    ("Einzelpreis", 980, 700),
    ("Gesamtpreis", 1220, 700),
)


def item_row(y: float, pos: str, name: str, qty: str, unit: str, price: str, amount: str):
    return (
        (pos, 100, y),
        (name, 200, y),
        (qty, 720, y),
        (unit, 830, y),
        (price, 1178 - 18 * len(price), y),
        (amount, 1418 - 18 * len(amount), y),
    )


def sums(y: float, net: str, tax: str, total: str):
    return (
        ("Summe netto", 700, y),
        (net, 1418 - 18 * len(net), y),
        ("zzgl. 19% MwSt.", 700, y + 50),
        (tax, 1418 - 18 * len(tax), y + 50),
        ("Gesamtbetrag", 700, y + 100),
        (total, 1418 - 18 * len(total), y + 100),
    )


def assert_checked(invoice) -> None:
    """The items add up to the net sum: the check passes, nobody need look at them."""
    done = checks(invoice, TODAY)
    assert [check.ok for check in done if check.name == "line_items"] == [True]
    assert "line_items" not in needs_review(invoice, done)


def test_a_german_table_is_read_by_its_columns():
    invoice = read(
        page(
            *SELLER,
            *GERMAN_HEADING,
            *item_row(760, "1", "Montage Dachstuhl", "8", "Std.", "65,00", "520,00"),
            *item_row(810, "2", "Holzbalken Fichte 12x12", "14", "m", "18,50", "259,00"),
            *sums(900, "779,00", "148,01", "927,01"),
        )
    )
    assert invoice.line_items == [
        LineItem("Montage Dachstuhl", qty=8.0, unit_price=65.0, amount=520.0),
        LineItem("Holzbalken Fichte 12x12", qty=14.0, unit_price=18.5, amount=259.0),
    ]
    assert_checked(invoice)


def test_a_french_table_is_read_by_its_columns():
    invoice = read(
        page(
            ("Atelier Lumière SARL · 12 rue des Arts · 69001 Lyon", 150, 300),
            ("Facture N° F-2024-118", 150, 450),
            ("Date : 05/04/2024", 900, 450),
            ("Désignation", 150, 700),
            ("Qté", 760, 700),
            ("PU HT", 950, 700),
            ("Montant HT", 1220, 700),
            ("Lampe de bureau laiton", 150, 760),
            ("3", 780, 760),
            ("250,00", 962, 760),
            ("750,00", 1292, 760),
            ("Abat-jour lin naturel", 150, 810),
            ("4", 780, 810),
            ("125,00", 962, 810),
            ("500,00", 1292, 810),
            ("Total HT", 950, 900),
            ("1 250,00", 1256, 900),
            ("TVA 20 %", 950, 950),
            ("250,00", 1292, 950),
            ("Total TTC", 950, 1000),
            ("1 500,00", 1256, 1000),
        )
    )
    assert invoice.line_items == [
        LineItem("Lampe de bureau laiton", qty=3.0, unit_price=250.0, amount=750.0),
        LineItem("Abat-jour lin naturel", qty=4.0, unit_price=125.0, amount=500.0),
    ]
    assert_checked(invoice)


def test_a_french_unit_price_grouped_by_a_space_is_read_whole():
    invoice = read(
        page(
            ("Menuiserie Vasseur SAS · 4 quai Pierre Scize · 69009 Lyon", 150, 300),
            ("Facture N° F-2025-0091", 150, 450),
            ("Date : 11/04/2025", 900, 450),
            ("Désignation", 150, 700),
            ("Qté", 760, 700),
            ("PU HT", 950, 700),
            ("Montant HT", 1220, 700),
            ("Fenêtre bois 2 vantaux", 150, 760),
            ("4", 780, 760),
            ("1 280,00", 926, 760),
            ("5 120,00", 1274, 760),
            ("Porte d'entrée chêne", 150, 810),
            ("1", 780, 810),
            ("2 640,00", 926, 810),
            ("2 640,00", 1274, 810),
            ("Total HT", 950, 900),
            ("7 760,00", 1274, 900),
            ("TVA 20 %", 950, 950),
            ("1 552,00", 1274, 950),
            ("Total TTC", 950, 1000),
            ("9 312,00", 1274, 1000),
        )
    )
    assert invoice.line_items == [
        LineItem("Fenêtre bois 2 vantaux", qty=4.0, unit_price=1280.0, amount=5120.0),
        LineItem("Porte d'entrée chêne", qty=1.0, unit_price=2640.0, amount=2640.0),
    ]
    assert_checked(invoice)


def test_a_heading_over_two_lines_is_read_as_one():
    """`Einzel-` over `preis`: neither line alone names two columns of an item table."""
    invoice = read(
        page(
            *SELLER,
            ("Bezeichnung", 200, 700),
            ("Einzel-", 1000, 700),
            ("Gesamt-", 1250, 700),
            ("preis", 1000, 735),
            ("preis", 1250, 735),
            ("Wartung Heizungsanlage", 200, 800),
            ("180,00", 1040, 800),
            ("180,00", 1256, 800),
            ("Anfahrtspauschale", 200, 850),
            ("35,00", 1058, 850),
            ("35,00", 1274, 850),
            *sums(950, "215,00", "40,85", "255,85"),
        )
    )
    assert invoice.line_items == [
        LineItem("Wartung Heizungsanlage", qty=None, unit_price=180.0, amount=180.0),
        LineItem("Anfahrtspauschale", qty=None, unit_price=35.0, amount=35.0),
    ]
    assert_checked(invoice)


def test_a_description_runs_on_over_the_lines_below_its_amount():
    """Lines without an amount close under an item continue its description (a word
    broken at a line's end made whole); an attribute line (`Art.-Nr.: …`) ends it."""
    invoice = read(
        page(
            *SELLER,
            *GERMAN_HEADING,
            *item_row(760, "1", "Lieferung und Montage", "52", "Stk", "59,00", "3.068,00"),
            ("von Solar-", 200, 795),
            ("haltern mit Systemziegel", 200, 830),
            ("Art.-Nr.: SH-4711", 200, 865),
            *item_row(920, "2", "Solarziegel", "1", "Stk", "205,00", "205,00"),
            ("Anthrazit, matt", 200, 955),
            *sums(1050, "3.273,00", "0,00", "3.273,00"),
        )
    )
    assert [item.description for item in invoice.line_items] == [
        "Lieferung und Montage von Solarhaltern mit Systemziegel",
        "Solarziegel Anthrazit, matt",
    ]
    assert [item.amount for item in invoice.line_items] == [3068.0, 205.0]
    assert_checked(invoice)


def pages(*printed: list[OcrLine]):
    """Pages read one after the other, each from its own top (as the skill reads a PDF)."""
    return [row for lines in printed for row in rows(lines)]


def test_a_table_goes_on_over_a_page_break_without_its_carried_forward_lines():
    """`Übertrag` at the foot of page 1 and the top of page 2, the page's footer, and
    the heading repeated: none of them is an item."""
    first = page(
        *SELLER,
        *GERMAN_HEADING,
        *item_row(760, "1", "Gerüst Aufbau", "1", "psch.", "200,00", "200,00"),
        *item_row(810, "2", "Gerüst Miete je Woche", "2", "Wo.", "50,00", "100,00"),
        ("Übertrag", 700, 2050),
        ("300,00", 1310, 2050),
        ("Sparkasse Freiburg · IBAN DE12 6805 0101 0000 1234 56 · Seite 1 von 2", 150, 2200),
    )
    second = page(
        ("Rechnung RE-2024-0815 · Seite 2 von 2", 150, 100),
        ("Übertrag", 700, 200),
        ("300,00", 1310, 200),
        *((text, x, 260) for text, x, _ in GERMAN_HEADING),
        *item_row(320, "3", "Gerüst Abbau", "1", "psch.", "150,00", "150,00"),
        *sums(420, "450,00", "85,50", "535,50"),
    )
    invoice = extract(pages(first, second), today=TODAY)
    assert [(item.description, item.amount) for item in invoice.line_items] == [
        ("Gerüst Aufbau", 200.0),
        ("Gerüst Miete je Woche", 100.0),
        ("Gerüst Abbau", 150.0),
    ]
    assert invoice.total == 535.5
    assert_checked(invoice)


ENGLISH = (
    ("Brightwater Supplies Ltd", 150, 100),
    ("INVOICE", 150, 200),
    ("Invoice No. INV-7731", 900, 200),
    ("Date: 03/04/2024", 900, 250),
    ("Description", 150, 700),
    ("Qty", 800, 700),
    ("Unit price", 950, 700),
    ("Amount", 1250, 700),
    ("Office chair", 150, 760),
    ("2", 820, 760),
    ("62.00", 1040, 760),
    ("124.00", 1250, 760),
    ("Desk lamp", 150, 810),
    ("1", 820, 810),
    ("35.50", 1040, 810),
    ("35.50", 1268, 810),
)
ENGLISH_SUMS = (
    ("Subtotal", 950, 950),
    ("159.50", 1250, 950),
    ("VAT 20%", 950, 1000),
    ("31.90", 1268, 1000),
    ("Total", 950, 1050),
    ("191.40", 1250, 1050),
)
ENGLISH_ITEMS = [
    LineItem("Office chair", qty=2.0, unit_price=62.0, amount=124.0),
    LineItem("Desk lamp", qty=1.0, unit_price=35.5, amount=35.5),
]


def test_an_english_table_reads_as_before_and_an_included_fee_is_no_item():
    """The receipt reading still reads an English table that adds up; a line printing a
    fee included in the item above (`incl. recycling fee`) does not make an item of its
    own, so the items still add up to the subtotal."""
    plain = read(page(*ENGLISH, *ENGLISH_SUMS))
    assert plain.line_items == ENGLISH_ITEMS
    assert_checked(plain)
    with_fee = read(
        page(*ENGLISH, ("incl. recycling fee", 180, 845), ("0.50", 1286, 845), *ENGLISH_SUMS)
    )
    assert with_fee.line_items == ENGLISH_ITEMS
    assert_checked(with_fee)


def test_the_net_amount_column_is_read_not_the_gross_one():
    """`Netto | MwSt. | Brutto`: the items add up to the net sum."""
    invoice = read(
        page(
            *SELLER,
            ("Bezeichnung", 200, 700),
            ("Menge", 640, 700),
            ("Einzelpreis", 760, 700),
            ("Netto", 1000, 700),
            ("MwSt.", 1150, 700),
            ("Brutto", 1300, 700),
            ("Beratung", 200, 760),
            ("2", 660, 760),
            ("100,00", 850, 760),
            ("200,00", 982, 760),
            ("38,00", 1138, 760),
            ("238,00", 1300, 760),
            *sums(850, "200,00", "38,00", "238,00"),
        )
    )
    assert invoice.line_items == [LineItem("Beratung", qty=2.0, unit_price=100.0, amount=200.0)]
    assert_checked(invoice)


def test_a_discount_printed_under_an_items_amount_is_taken_off_it():
    """A row of only a rate and a negative amount in the amount column, under an item,
    is that item's own discount (the e-invoice's line amount is net of it)."""
    invoice = read(
        page(
            *SELLER,
            *GERMAN_HEADING,
            *item_row(760, "1", "Toller Artikel", "1", "Stk", "10,00", "10,00"),
            ("1,00 %", 1070, 795),
            ("- 0,10", 1310, 795),
            ("Rechnungssumme", 700, 900),
            ("9,90", 1346, 900),
        )
    )
    assert invoice.line_items == [LineItem("Toller Artikel", qty=1.0, unit_price=10.0, amount=9.9)]
    assert_checked(invoice)


def test_an_amount_printed_a_line_lower_belongs_to_the_row_with_the_quantity():
    """An e-invoice viewer prints each item in a taller cell: its position, name, price
    and quantity on one line, the amount half a line lower; the tax breakdown after the
    items (`Umsatzsteueraufschlüsselung`) holds no item, though its amounts stand in the
    amount column."""
    invoice = read(
        page(
            *SELLER,
            *GERMAN_HEADING,
            ("1", 100, 760),
            ("Privathaftpflicht", 200, 760),
            ("50,0000", 1052, 760),
            ("1", 720, 760),
            ("50,00", 1328, 785),
            ("2", 100, 860),
            ("Lebensgefährte/in zur Privathaftpflicht", 200, 860),
            ("0,0000", 1070, 860),
            ("1", 720, 860),
            ("0,00", 1346, 885),
            ("Umsatzsteueraufschlüsselung", 100, 1000),
            ("Umsatzsteuerbefreit", 100, 1060),
            ("50,00", 820, 1060),
            ("0,00", 1346, 1060),
            ("Rechnungssumme ohne USt.", 700, 1150),
            ("50,00", 1328, 1150),
            ("Zahlbetrag", 700, 1200),
            ("50,00", 1328, 1200),
        )
    )
    assert invoice.line_items == [
        LineItem("Privathaftpflicht", qty=1.0, unit_price=50.0, amount=50.0),
        LineItem("Lebensgefährte/in zur Privathaftpflicht", qty=1.0, unit_price=0.0, amount=0.0),
    ]
    assert_checked(invoice)


def test_items_that_add_up_only_to_a_line_total_are_left_unread():
    """Discounts on the whole invoice lie between the items' sum (`Positionssumme`) and
    the net sum. The columns are read right, but the items check has no line total to
    compare them with and would send a correct reading to a person: the table is left
    unread, as it was."""
    printed = page(
        *SELLER,
        *GERMAN_HEADING,
        *item_row(760, "1", "Zitronensäure 100ml", "100", "Stk", "1,00", "100,00"),
        ("Positionssumme", 700, 850),
        ("100,00", 1310, 850),
        ("Gesamtbetrag der Abschläge", 700, 900),
        ("-10,00", 1310, 900),
        ("Rechnungssumme ohne USt.", 700, 950),
        ("90,00", 1328, 950),
        ("Steuerbetrag", 700, 1000),
        ("17,10", 1328, 1000),
        ("Bruttosumme", 700, 1050),
        ("107,10", 1310, 1050),
    )
    table = rows(printed)
    heading = find_heading(table, len(table))
    assert read_table(table, heading, len(table)) == [
        LineItem("Zitronensäure 100ml", qty=100.0, unit_price=1.0, amount=100.0)
    ]
    invoice = read(printed)
    assert invoice.line_items == []
    assert (invoice.subtotal, invoice.total) == (90.0, 107.1)
    assert "line_items" not in needs_review(invoice, checks(invoice, TODAY))
