"""An e-invoice's XML printed as text instead of as an invoice: an editor's print of the
file, a browser's raw view, a tree viewer's indented `element  value` lines. The fields
are the XML's own (the seller's name, not the buyer's `Name` printed the same way), read
from the page's text layer or its OCR reading."""

from xml.etree.ElementTree import Element, fromstring

from PIL import Image, ImageDraw, ImageFont

from bot.invoices.layout import rows
from bot.invoices.xml_print import printed_einvoice
from tests.test_einvoice import CII, EXPECTED, fields
from tests.test_invoice_parties import page, read
from tests.test_invoice_pdf_text import digital_pdf, ocr_calls, run

UBL_CREDIT_NOTE = """<?xml version="1.0" encoding="UTF-8"?>
<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
  <cbc:ID>GS-2025-017</cbc:ID>
  <cbc:IssueDate>2025-04-23</cbc:IssueDate>
  <cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:BillingReference>
    <cac:InvoiceDocumentReference>
      <cbc:ID>RE-2025-5458</cbc:ID>
      <cbc:IssueDate>2025-04-11</cbc:IssueDate>
    </cac:InvoiceDocumentReference>
  </cac:BillingReference>
  <cac:AccountingSupplierParty>
    <cac:Party>
      <cac:PartyName><cbc:Name>Nordlicht</cbc:Name></cac:PartyName>
      <cac:PartyLegalEntity>
        <cbc:RegistrationName>Nordlicht Software AG</cbc:RegistrationName>
      </cac:PartyLegalEntity>
    </cac:Party>
  </cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty>
    <cac:Party>
      <cac:PartyLegalEntity>
        <cbc:RegistrationName>Stadtwerke Lindau GmbH</cbc:RegistrationName>
      </cac:PartyLegalEntity>
    </cac:Party>
  </cac:AccountingCustomerParty>
  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">76.00</cbc:TaxAmount></cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">400.00</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="EUR">400.00</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="EUR">476.00</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="EUR">476.00</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
</CreditNote>
"""
UBL_EXPECTED = {
    "vendor": "Nordlicht Software AG",
    "invoice_number": "GS-2025-017",
    "issue_date": "2025-04-23",
    "currency": "EUR",
    "subtotal": 400.0,
    "tax": 76.0,
    "total": 476.0,
}

PREFIXES = {
    "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100": "rsm",
    "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100": "ram",
    "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100": "udt",
    "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2": "",
    "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2": "cac",
    "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2": "cbc",
}


def tree_lines(xml: str) -> list[tuple[str, int, str | None]]:
    """(element, depth, value) as a tree viewer shows the XML: `<ram:SellerTradeParty>`
    over its children, a leaf as `ram:Name` with its value, attributes as `@name=value`."""
    shown: list[tuple[str, int, str | None]] = []

    def walk(element: Element, depth: int) -> None:
        space, local = element.tag[1:].split("}")
        prefix = PREFIXES.get(space, "rsm")
        name = f"{prefix}:{local}" if prefix else local
        if len(element):
            shown.append((f"<{name}>", depth, None))
            for child in element:
                walk(child, depth + 1)
            return
        attributes = "".join(f" @{key}={value}" for key, value in element.attrib.items())
        shown.append((name + attributes, depth, " ".join((element.text or "").split())))

    walk(fromstring(xml.encode()), 0)
    return shown


def tree_view(xml: str, *, wrap_at: int = 60) -> list:
    """The tree as OCR boxes: each name indented by its depth, its value in a cell of its
    own after it, a value longer than `wrap_at` characters wrapped under itself."""
    placed: list[tuple[str, int, int]] = [("XML Tree View – invoice.xml", 100, 40)]
    y = 120
    for name, depth, value in tree_lines(xml):
        x = 100 + 40 * depth
        placed.append((name, x, y))
        if value:
            at = x + 18 * len(name) + 30
            while len(value) > wrap_at:
                cut = value.rfind(" ", 0, wrap_at) % (wrap_at + 1)
                placed.append((value[:cut], at, y))
                value, y = value[cut:].strip(), y + 40
            placed.append((value, at, y))
        y += 40
    return page(*placed)


def read_fields(invoice) -> dict:
    return fields(
        {
            "vendor": invoice.vendor,
            "invoice_number": invoice.invoice_number,
            "issue_date": invoice.issue_date,
            "currency": invoice.currency,
            "subtotal": invoice.subtotal,
            "tax": invoice.tax,
            "total": invoice.total,
        }
    )


def test_an_editors_print_of_the_xml_gives_its_fields_from_the_text_layer(tmp_path, db):
    lines = CII.splitlines()
    printed = []
    for number, line in enumerate(lines, start=1):
        y = 810 - 13 * number
        printed.append((str(number), 20, y))
        printed.append((line.strip(), 50 + 2.5 * (len(line) - len(line.lstrip())), y))
    path = digital_pdf(tmp_path / "factur-x.xml.pdf", printed, font_name=b"Courier", size=6.0)

    result = run(path, tmp_path, db)

    assert fields(result.data) == EXPECTED
    assert result.data["needs_review"] == []
    assert ocr_calls(db) == 0


def test_a_tree_viewers_indented_lines_give_the_sellers_name_not_the_buyers():
    invoice = read(tree_view(CII))

    assert read_fields(invoice) == EXPECTED
    assert invoice.confidence["vendor"] >= 0.9


def test_a_ubl_credit_note_gives_its_own_number_and_date_not_the_corrected_invoices():
    invoice = read(tree_view(UBL_CREDIT_NOTE))

    assert read_fields(invoice) == UBL_EXPECTED


def test_a_value_the_viewer_wrapped_under_itself_is_read_whole():
    invoice = read(
        tree_view(
            CII.replace("Lieferant\n          GmbH", LONG_NAME.replace("&", "&amp;")), wrap_at=40
        )
    )

    assert invoice.vendor == LONG_NAME


LONG_NAME = "Holz- und Baustoffzentrum Ebert GmbH & Co. KG, Niederlassung Kassel"


def test_a_browsers_raw_view_on_paper_is_read_through_ocr(tmp_path, db):
    font = ImageFont.load_default(size=20)
    lines = UBL_CREDIT_NOTE.splitlines()[1:]
    image = Image.new("RGB", (1500, 60 + 34 * len(lines)), (250, 250, 247))
    pen = ImageDraw.Draw(image)
    pen.text(
        (30, 10),
        "This XML file does not appear to have any style information.",
        fill=(0, 0, 0),
        font=font,
    )
    for number, line in enumerate(lines, start=1):
        indent = len(line) - len(line.lstrip())
        pen.text((30 + 6 * indent, 20 + 34 * number), line.strip(), fill=(30, 30, 30), font=font)
    path = tmp_path / "credit-note.png"
    image.save(path)

    result = run(path, tmp_path, db)

    assert fields(result.data) == {**UBL_EXPECTED}


def test_an_invoice_quoting_a_few_elements_is_read_as_an_invoice():
    lines = page(
        ("Invoice number", 100, 100),
        ("cbc:ID", 500, 100),
        ("RE-2024-4331", 800, 100),
        ("Issue date", 100, 140),
        ("cbc:IssueDate", 500, 140),
        ("2024-05-14", 800, 140),
        ("Seller name", 100, 180),
        ("cbc:RegistrationName", 500, 180),
        ("Kabelbau Sommer GmbH", 900, 180),
        ("Amount due", 100, 220),
        ("cbc:PayableAmount", 500, 220),
        ("1190.00", 900, 220),
    )

    assert printed_einvoice(rows(lines)) is None
    assert read(lines).invoice_number == "RE-2024-4331"


def test_the_tree_of_an_xml_that_is_no_invoice_gives_no_fields_of_its_own():
    order = CII.replace("CrossIndustryInvoice", "CrossIndustryOrder")

    assert printed_einvoice(rows(tree_view(order))) is None


def numbered_print(xml: str, *, width: int = 70) -> list:
    """An editor's print: each line of the file numbered, indented as the file is, and
    wrapped at `width` characters anywhere (inside a tag too) onto unnumbered lines."""
    placed: list[tuple[str, int, int]] = [("C:\\Users\\anna\\Downloads\\invoice.xml", 100, 40)]
    y = 120
    for number, line in enumerate(xml.splitlines(), start=1):
        text = line.strip()
        x = 200 + 18 * (len(line) - len(line.lstrip()))
        placed.append((str(number), 100, y))
        while text:
            placed.append((text[:width], x, y))
            text, x, y = text[width:], 200, y + 40
    return page(*placed)


def test_an_editors_line_wrapped_inside_a_tag_is_joined_back():
    invoice = read(numbered_print(UBL_CREDIT_NOTE, width=45))

    assert read_fields(invoice) == UBL_EXPECTED


def test_a_scans_misread_tags_still_nest_as_the_lines_indentation_shows():
    misread = (
        CII.replace("<rsm:SupplyChainTradeTransaction>", "<rsm:SupplyChainTradeTransactiop")
        .replace("</rsm:SupplyChainTradeTransaction>", "</rsm:SupplyChainTradeTransactiop")
        .replace("<ram:SellerTradeParty>", "<ram:SellerTradeParty")
        .replace("</ram:SellerTradeParty>", "</ram:SellerTradePartv>")
        .replace("<ram:ID>RE-2024-0042</ram:ID>", "<ram:ID>RE-2024-0042/ram:ID")
        .replace("Kunde AG</ram:Name>", "Kunde AG/ram:Name>")
    )

    assert read_fields(read(numbered_print(misread, width=200))) == EXPECTED


def grid_view(xml: str) -> list:
    """A grid viewer's rows: the element's name (no brackets, the root's without its
    prefix) indented by its depth, its value in a column of its own, each attribute on a
    line of its own under it (`@schemeID | VA`)."""
    placed: list[tuple[str, int, int]] = [("Element", 100, 40), ("Value", 1000, 40)]
    y = 40
    for name, depth, value in tree_lines(xml):
        name, *attributes = name.strip("<>").split(" @")
        y += 40
        placed.append((name if depth else name.split(":")[-1], 100 + 30 * depth, y))
        if value:
            placed.append((value, 1000, y))
        for attribute in attributes:
            key, shown = attribute.split("=")
            y += 40
            placed.append((f"@{key}", 110 + 30 * depth, y))
            placed.append((shown, 1000, y))
    return page(*placed)


def test_a_grid_viewers_root_without_its_prefix_is_read():
    assert read_fields(read(grid_view(UBL_CREDIT_NOTE))) == UBL_EXPECTED


def test_a_grid_viewers_attribute_lines_belong_to_the_element_over_them():
    printed = printed_einvoice(rows(grid_view(CII)))

    assert printed is not None
    assert printed.einvoice.seller_vat_id == "DE123456789"


def test_a_screenshot_scrolled_past_the_root_is_read_under_the_root_its_tags_imply():
    lines = UBL_CREDIT_NOTE.splitlines()
    shown = "\n".join(lines[lines.index("  <cbc:ID>GS-2025-017</cbc:ID>") :])

    assert read_fields(read(numbered_print(shown, width=200))) == UBL_EXPECTED


def test_a_scans_misread_legal_form_in_the_sellers_name_is_mended():
    misread = CII.replace("GmbH</ram:Name>", "Gmbk</ram:Name>", 1)

    assert read_fields(read(numbered_print(misread, width=200)))["vendor"] == "Lieferant GmbH"
