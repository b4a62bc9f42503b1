"""Page images dropped together: the pages of one invoice are read as one document,
receipts dropped together stay apart."""

import pytest

from bot.config import Settings
from bot.invoices.layout import rows
from bot.invoices.pages import Sheet, documents, page_mark
from tests.invoices import draw, save
from tests.test_invoice import read
from tests.test_invoice_rules import receipt

PAGE_ONE = [
    [("Harbour Office Supply Ltd", 40)],
    [("12 Dock Road, Bristol BS1 4QA", 40)],
    [("INVOICE", 40)],
    [("Invoice No: HOS-20417", 40), ("Date: 14/03/2026", 470)],
    [("Item", 40), ("Qty", 380), ("Amount", 640)],
    [("A4 paper, 5 reams", 40), ("4", 390), ("96.00", 650)],
    [("Toner cartridge", 40), ("2", 390), ("84.00", 650)],
    [("Page 1 of 2", 600)],
]
PAGE_TWO = [
    [("Item", 40), ("Qty", 380), ("Amount", 640)],
    [("Desk lamp", 40), ("1", 390), ("30.00", 650)],
    [("Subtotal", 40), ("210.00", 640)],
    [("VAT 20%", 40), ("42.00", 650)],
    [("TOTAL GBP", 40), ("252.00", 640)],
    [("Page 2 of 2", 600)],
]


def sheet(*printed: list[tuple[str, float]], joinable: bool = True) -> Sheet:
    return Sheet(joinable, rows(receipt(*printed)))


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("Page 1 of 2", (1, 2)),
        ("Seite 2 von 3", (2, 3)),
        ("page 2/2", (2, 2)),
        ("Página 1 de 2", (1, 2)),
        ("Strona 1 z 2", (1, 2)),
        ("Pagina | Blad 1/3", (1, 3)),
        ("Sida 1 (2)", (1, 2)),
        ("Side 2 (2)", (2, 2)),
        ("Kunde C20117 · Seite 2 von.3.", (2, 3)),
        ("Sida 1 (1)", None),
        ("Page 1 of 1", None),
        ("Page 3 of 2", None),
        ("Total 2 of 3 items", None),
    ],
)
def test_a_page_of_a_longer_document_is_told_by_its_mark(text, mark):
    assert page_mark(text) == mark


def test_pages_marked_one_after_the_other_are_one_document():
    groups = documents([sheet(*PAGE_ONE), sheet(*PAGE_TWO)])

    assert groups == [([0, 1], "their pages are marked 1 and 2 of 2")]


def test_three_pages_marked_in_turn_are_one_document_and_said_so():
    marked = [
        [*page[:-1], [(f"Page {n} of 3", 600)]]
        for n, page in enumerate((PAGE_ONE, PAGE_ONE[3:], PAGE_TWO), start=1)
    ]
    groups = documents([sheet(*page) for page in marked])

    assert groups == [([0, 1, 2], "their pages are marked 1 to 3 of 3")]


def test_pages_marked_out_of_order_or_of_another_count_stay_apart():
    second_of_three = [*PAGE_TWO[:-1], [("Page 2 of 3", 600)]]

    assert [members for members, _ in documents([sheet(*PAGE_TWO), sheet(*PAGE_ONE)])] == [
        [0],
        [1],
    ]
    assert [m for m, _ in documents([sheet(*PAGE_ONE), sheet(*second_of_three)])] == [[0], [1]]


def test_a_page_without_a_total_and_the_next_with_its_number_are_one_document():
    first = [line for line in PAGE_ONE if line[0][0] != "Page 1 of 2"]
    second = [[("Invoice No: HOS-20417", 40)], *PAGE_TWO[:-1]]

    (members, why), = documents([sheet(*first), sheet(*second)])

    assert members == [0, 1]
    assert why == "they carry the same invoice number and the first has no total"


def test_receipts_dropped_together_stay_apart_even_from_one_shop():
    shop = [("KEDAI RUNCIT AH HOCK", 80)]
    one = sheet([shop[0]], [("Bill No: 10233", 20)], [("TOTAL", 20), ("8.50", 400)])
    two = sheet([shop[0]], [("Bill No: 10234", 20)], [("TOTAL", 20), ("12.00", 400)])

    assert [members for members, _ in documents([one, two])] == [[0], [1]]


def test_a_pdf_is_never_joined_to_the_images_around_it():
    pdf = sheet(*PAGE_ONE, joinable=False)

    assert [members for members, _ in documents([pdf, sheet(*PAGE_TWO)])] == [[0], [1]]


def test_two_photographed_pages_of_one_invoice_come_back_as_one_invoice(tmp_path, db):
    first = save(draw(PAGE_ONE), tmp_path / "page1.png")
    second = save(draw(PAGE_TWO), tmp_path / "page2.png")

    result = read([first, second], Settings(), db, tmp_path)

    (invoice,) = result.data["invoices"]
    assert invoice["files"] == ["page1.png", "page2.png"]
    assert (invoice["vendor"], invoice["invoice_number"], invoice["total"], invoice["pages"]) == (
        "Harbour Office Supply Ltd",
        "HOS-20417",
        252.00,
        2,
    )
    assert "I read page1.png and page2.png as the pages of one document" in result.warnings[0]
    assert result.text.startswith("✅ *page1.png + page2.png*: Harbour Office Supply Ltd, GBP 252.00")


@pytest.mark.parametrize(
    "foot", ["Übertrag", "Carried forward", "Continued on next page", "Over te dragen"]
)
def test_a_first_page_whose_foot_says_it_goes_on_joins_the_next_with_its_number(foot):
    first = [
        [("ELHA Elektrohandel Hansen GmbH", 40)],
        [("RECHNUNG", 40)],
        [("Belegnummer", 40), ("Belegdatum", 300)],
        [("4100237", 40), ("07.02.2025", 300)],
        [("Kabelbinder 4,8x300", 40), ("1 VE", 300), ("4,48", 450), ("4,48", 650)],
        [("Erdungsband verzinkt", 40), ("10 Bund", 300), ("53,08", 450), ("477,72", 640)],
        [(foot, 40), ("482,20", 640)],
    ]
    second = [
        [("Belegnummer", 40), ("Belegdatum", 300)],
        [("4100237", 40), ("07.02.2025", 300)],
        [("Übertrag", 40), ("482,20", 640)],
        [("Installationsrohr", 40), ("17,80", 650)],
        [("Gesamtbetrag", 40), ("500,00 €", 620)],
    ]

    groups = documents([sheet(*first), sheet(*second)])

    assert groups == [([0, 1], "they carry the same invoice number and the first has no total")]
