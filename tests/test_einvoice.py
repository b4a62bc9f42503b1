"""Structured e-invoices: a Factur-X / ZUGFeRD / XRechnung XML embedded in a PDF is read
exactly, marked as such, and the visible page is still checked against it. The PDFs are
drawn here with Pillow and the XML attached with pypdfium2."""

import time
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from bot.config import Settings
from bot.invoices.einvoice import (
    EInvoiceError,
    embedded_invoice,
    from_xml,
    parse_xml,
)
from bot.invoices.fields import LineItem
from bot.plugins import get_registry
from bot.providers import Router
from bot.runner import Who, input_files, run_skill
from tests.invoices import Line, draw

FIELDS = ("vendor", "invoice_number", "issue_date", "currency", "subtotal", "tax", "total")

CII = """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice
    xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
    xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
    xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext>
    <ram:GuidelineSpecifiedDocumentContextParameter>
      <ram:ID>urn:cen.eu:en16931:2017</ram:ID>
    </ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>RE-2024-0042</ram:ID>
    <ram:TypeCode>380</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">20240315</udt:DateTimeString></ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument>
      <ram:SpecifiedTradeProduct><ram:Name>Consulting</ram:Name></ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeAgreement>
        <ram:NetPriceProductTradePrice><ram:ChargeAmount>100.00</ram:ChargeAmount></ram:NetPriceProductTradePrice>
      </ram:SpecifiedLineTradeAgreement>
      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="HUR">10</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
      <ram:SpecifiedLineTradeSettlement>
        <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>1000.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
      </ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:AssociatedDocumentLineDocument><ram:LineID>2</ram:LineID></ram:AssociatedDocumentLineDocument>
      <ram:SpecifiedTradeProduct><ram:Name>Travel</ram:Name></ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeAgreement>
        <ram:NetPriceProductTradePrice><ram:ChargeAmount>50.00</ram:ChargeAmount></ram:NetPriceProductTradePrice>
      </ram:SpecifiedLineTradeAgreement>
      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">1</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
      <ram:SpecifiedLineTradeSettlement>
        <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>50.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
      </ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>
    <ram:ApplicableHeaderTradeAgreement>
      <ram:SellerTradeParty>
        <ram:Name>Lieferant
          GmbH</ram:Name>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="FC">201/113/40209</ram:ID></ram:SpecifiedTaxRegistration>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE123456789</ram:ID></ram:SpecifiedTaxRegistration>
      </ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>Kunde AG</ram:Name></ram:BuyerTradeParty>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:LineTotalAmount>1050.00</ram:LineTotalAmount>
        <ram:TaxBasisTotalAmount>1050.00</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">199.50</ram:TaxTotalAmount>
        <ram:GrandTotalAmount>1249.50</ram:GrandTotalAmount>
        <ram:DuePayableAmount>1249.50</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
"""
EXPECTED = {
    "vendor": "Lieferant GmbH",
    "invoice_number": "RE-2024-0042",
    "issue_date": "2024-03-15",
    "currency": "EUR",
    "subtotal": 1050.0,
    "tax": 199.5,
    "total": 1249.5,
}

#: The visible page of the same invoice.
PAGE: list[Line] = [
    [("LIEFERANT GMBH", None)],
    [("Lindenstrasse 1, 10115 Berlin", None)],
    [("VAT ID: DE123456789", 40)],
    [("Invoice No: RE-2024-0042", 40), ("Date: 15/03/2024", 470)],
    [("Item", 40), ("Qty", 380), ("Price", 480), ("Amount", 640)],
    [("Consulting", 40), ("10", 390), ("100.00", 480), ("1,000.00", 630)],
    [("Travel", 40), ("1", 390), ("50.00", 490), ("50.00", 650)],
    [("Subtotal", 40), ("1,050.00", 630)],
    [("VAT 19%", 40), ("199.50", 650)],
    [("TOTAL", 40), ("EUR 1,249.50", 590)],
]
#: A page that does not match the XML: travel billed at 95.00, so another total.
PAGE_ALTERED: list[Line] = [
    *PAGE[:6],
    [("Travel", 40), ("1", 390), ("95.00", 490), ("95.00", 650)],
    [("Subtotal", 40), ("1,095.00", 630)],
    [("VAT 19%", 40), ("208.05", 650)],
    [("TOTAL", 40), ("EUR 1,303.05", 590)],
]

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100">
  <rsm:ExchangedDocument><ram:ID xmlns:ram="r">&lol9;</ram:ID></rsm:ExchangedDocument>
</rsm:CrossIndustryInvoice>
"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<CrossIndustryInvoice><ExchangedDocument><ID>&secret;</ID></ExchangedDocument></CrossIndustryInvoice>
"""


def make_pdf(path: Path, page: list[Line], attachments: dict[str, bytes]) -> Path:
    """The drawn page as a one-page PDF, with `attachments` embedded as files."""
    plain = path.with_suffix(".plain.pdf")
    draw(page).save(plain, "PDF", resolution=100.0)
    document = pdfium.PdfDocument(str(plain))
    for name, data in attachments.items():
        document.new_attachment(name).set_data(data)
    document.save(str(path))
    document.close()
    plain.unlink()
    return path


def read(path: Path, db, tmp_path: Path):
    skill = get_registry().skill("invoice")
    return run_skill(
        skill,
        input_files([path]),
        options=skill.parse_options({}),
        prompt=None,
        settings=Settings(),
        db=db,
        workdir=tmp_path / "out",
        models=Router(Settings(), db=db),
        who=Who(),
    )


def fields(data: dict) -> dict:
    return {name: data[name] for name in FIELDS}


def test_the_embedded_cii_invoice_is_read_exactly(tmp_path):
    pdf = make_pdf(tmp_path / "facturx.pdf", PAGE, {"factur-x.xml": CII.encode()})
    found = embedded_invoice(pdf)
    assert found is not None
    assert (found.syntax, found.attachment, found.profile, found.type_code) == (
        "CII",
        "factur-x.xml",
        "urn:cen.eu:en16931:2017",
        "380",
    )
    assert (found.seller_name, found.seller_vat_id, found.buyer_name) == (
        "Lieferant GmbH",
        "DE123456789",
        "Kunde AG",
    )
    assert (found.invoice_number, found.issue_date, found.currency) == (
        "RE-2024-0042",
        "2024-03-15",
        "EUR",
    )
    assert (found.subtotal, found.tax_total, found.grand_total, found.amount_due) == (
        1050.0,
        199.5,
        1249.5,
        1249.5,
    )
    assert found.line_items == [
        LineItem("Consulting", qty=10.0, unit_price=100.0, amount=1000.0),
        LineItem("Travel", qty=1.0, unit_price=50.0, amount=50.0),
    ]


def test_an_e_invoice_with_a_prepayment_gives_what_is_left_to_pay(tmp_path, db):
    prepaid = CII.replace(
        "<ram:DuePayableAmount>1249.50</ram:DuePayableAmount>",
        "<ram:TotalPrepaidAmount>249.50</ram:TotalPrepaidAmount>"
        "<ram:DuePayableAmount>1000.00</ram:DuePayableAmount>",
    )
    data = read(
        make_pdf(tmp_path / "prepaid.pdf", PAGE, {"factur-x.xml": prepaid.encode()}), db, tmp_path
    ).data
    assert (data["total"], data["amount_due"]) == (1249.5, 1000.0)
    assert data["confidence"]["amount_due"] == 1.0
    assert "amount_due" not in data["needs_review"]
    settled = read(
        make_pdf(tmp_path / "whole.pdf", PAGE, {"factur-x.xml": CII.encode()}), db, tmp_path
    ).data
    assert "amount_due" not in settled


def test_a_pdf_with_an_e_invoice_gives_exact_fields_marked_as_such(tmp_path, db):
    pdf = make_pdf(tmp_path / "facturx.pdf", PAGE, {"factur-x.xml": CII.encode()})
    data = read(pdf, db, tmp_path).data
    assert fields(data) == EXPECTED
    assert data["source"] == "e-invoice"
    assert data["confidence"] == {name: 1.0 for name in (*FIELDS, "line_items")}
    assert data["line_items"] == [
        {"description": "Consulting", "qty": 10.0, "unit_price": 100.0, "amount": 1000.0},
        {"description": "Travel", "qty": 1.0, "unit_price": 50.0, "amount": 50.0},
    ]
    assert data["e_invoice"]["seller_vat_id"] == "DE123456789"
    assert data["e_invoice"]["buyer"] == "Kunde AG"
    page = {check["name"]: check["ok"] for check in data["checks"] if check["name"][:5] == "page_"}
    assert page == {"page_total": True, "page_issue_date": True, "page_invoice_number": True}
    assert (data["verdict"], data["needs_review"]) == ("valid", [])


def test_a_page_that_disagrees_with_the_xml_is_flagged_naming_both_values(tmp_path, db):
    pdf = make_pdf(tmp_path / "altered.pdf", PAGE_ALTERED, {"factur-x.xml": CII.encode()})
    result = read(pdf, db, tmp_path)
    data = result.data
    assert data["total"] == 1249.5 and data["source"] == "e-invoice"
    assert data["verdict"] == "needs_review"
    assert "total" in data["needs_review"]
    (check,) = [check for check in data["checks"] if check["name"] == "page_total"]
    assert check["ok"] is False
    (warning,) = [text for text in result.warnings if "altered.pdf" in text]
    assert "1,303.05" in warning and "1,249.50" in warning
    assert "1,303.05" in result.text and "1,249.50" in result.text


def test_a_pdf_without_xml_takes_the_visual_path(tmp_path, db):
    pdf = make_pdf(tmp_path / "printed.pdf", PAGE, {})
    assert embedded_invoice(pdf) is None
    data = read(pdf, db, tmp_path).data
    assert data["source"] == "rules"
    assert "e_invoice" not in data
    assert (data["total"], data["issue_date"], data["invoice_number"]) == (
        1249.5,
        "2024-03-15",
        "RE-2024-0042",
    )
    assert not any(check["name"].startswith("page_") for check in data["checks"])


def test_an_unrelated_xml_attachment_is_not_taken_for_an_invoice(tmp_path):
    pdf = make_pdf(tmp_path / "other.pdf", PAGE, {"metadata.xml": b"<catalog><item/></catalog>"})
    assert embedded_invoice(pdf) is None


def test_billion_laughs_is_refused_quickly_and_the_page_is_read_instead(tmp_path, db):
    pdf = make_pdf(tmp_path / "hostile.pdf", PAGE, {"factur-x.xml": BILLION_LAUGHS})
    started = time.perf_counter()
    with pytest.raises(EInvoiceError, match="refused as potentially hostile"):
        embedded_invoice(pdf)
    assert time.perf_counter() - started < 1.0
    result = read(pdf, db, tmp_path)
    assert result.data["source"] == "rules"
    assert "e_invoice" not in result.data
    assert any(
        "hostile.pdf: its embedded e-invoice was not read" in text and "refused" in text
        for text in result.warnings
    )


def test_external_entities_are_refused_not_resolved():
    with pytest.raises(EInvoiceError, match="refused as potentially hostile"):
        parse_xml(EXTERNAL_ENTITY, "factur-x.xml")


def test_malformed_xml_is_refused_with_a_clear_message():
    with pytest.raises(EInvoiceError, match=r"zugferd-invoice\.xml is not well-formed XML"):
        parse_xml(b"<CrossIndustryInvoice><unclosed>", "zugferd-invoice.xml")


def test_zugferd_1_cross_industry_document_is_read():
    xml = b"""<rsm:CrossIndustryDocument
        xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0"
        xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12"
        xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15">
      <rsm:HeaderExchangedDocument>
        <ram:ID>471102</ram:ID>
        <ram:IssueDateTime><udt:DateTimeString format="102">20130305</udt:DateTimeString></ram:IssueDateTime>
      </rsm:HeaderExchangedDocument>
      <rsm:SpecifiedSupplyChainTradeTransaction>
        <ram:ApplicableSupplyChainTradeAgreement>
          <ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name></ram:SellerTradeParty>
        </ram:ApplicableSupplyChainTradeAgreement>
        <ram:ApplicableSupplyChainTradeSettlement>
          <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
          <ram:SpecifiedTradeSettlementMonetarySummation>
            <ram:TaxBasisTotalAmount currencyID="EUR">198.00</ram:TaxBasisTotalAmount>
            <ram:TaxTotalAmount currencyID="EUR">37.62</ram:TaxTotalAmount>
            <ram:GrandTotalAmount currencyID="EUR">235.62</ram:GrandTotalAmount>
          </ram:SpecifiedTradeSettlementMonetarySummation>
        </ram:ApplicableSupplyChainTradeSettlement>
      </rsm:SpecifiedSupplyChainTradeTransaction>
    </rsm:CrossIndustryDocument>"""
    found = from_xml(parse_xml(xml), "ZUGFeRD-invoice.xml")
    assert found is not None
    assert (found.syntax, found.seller_name, found.invoice_number, found.issue_date) == (
        "CII-1.0",
        "Lieferant GmbH",
        "471102",
        "2013-03-05",
    )
    assert (found.currency, found.subtotal, found.tax_total, found.grand_total) == (
        "EUR",
        198.0,
        37.62,
        235.62,
    )


def test_ubl_invoice_is_read():
    xml = b"""<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
        xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
        xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
      <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>
      <cbc:ID>R-77</cbc:ID>
      <cbc:IssueDate>2024-05-02</cbc:IssueDate>
      <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
      <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
      <cac:AccountingSupplierParty><cac:Party>
        <cac:PartyTaxScheme><cbc:CompanyID>DE987654321</cbc:CompanyID></cac:PartyTaxScheme>
        <cac:PartyLegalEntity><cbc:RegistrationName>Muster AG</cbc:RegistrationName></cac:PartyLegalEntity>
      </cac:Party></cac:AccountingSupplierParty>
      <cac:AccountingCustomerParty><cac:Party>
        <cac:PartyLegalEntity><cbc:RegistrationName>Stadt Beispiel</cbc:RegistrationName></cac:PartyLegalEntity>
      </cac:Party></cac:AccountingCustomerParty>
      <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">19.00</cbc:TaxAmount></cac:TaxTotal>
      <cac:LegalMonetaryTotal>
        <cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount>
        <cbc:TaxExclusiveAmount currencyID="EUR">100.00</cbc:TaxExclusiveAmount>
        <cbc:TaxInclusiveAmount currencyID="EUR">119.00</cbc:TaxInclusiveAmount>
        <cbc:PayableAmount currencyID="EUR">119.00</cbc:PayableAmount>
      </cac:LegalMonetaryTotal>
      <cac:InvoiceLine>
        <cbc:InvoicedQuantity unitCode="C62">4</cbc:InvoicedQuantity>
        <cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount>
        <cac:Item><cbc:Name>Paper</cbc:Name></cac:Item>
        <cac:Price><cbc:PriceAmount currencyID="EUR">25.00</cbc:PriceAmount></cac:Price>
      </cac:InvoiceLine>
    </Invoice>"""
    found = from_xml(parse_xml(xml), "xrechnung.xml")
    assert found is not None
    assert (found.syntax, found.seller_name, found.seller_vat_id, found.buyer_name) == (
        "UBL",
        "Muster AG",
        "DE987654321",
        "Stadt Beispiel",
    )
    assert (found.invoice_number, found.issue_date, found.grand_total, found.tax_total) == (
        "R-77",
        "2024-05-02",
        119.0,
        19.0,
    )
    assert found.line_items == [LineItem("Paper", qty=4.0, unit_price=25.0, amount=100.0)]
