"""Structured e-invoices embedded in PDFs: Factur-X, ZUGFeRD (1.0 and 2.x), XRechnung.

A hybrid e-invoice PDF carries the invoice a second time, as XML attached to the
document (`factur-x.xml`, `zugferd-invoice.xml`, `ZUGFeRD-invoice.xml`,
`xrechnung.xml`). pypdfium2 lists and reads the attachments; the XML is parsed by
`defusedxml`, which refuses DTDs, entity declarations and external references, so a
hostile file cannot expand entities ("billion laughs") or reach the network or disk.

Both syntaxes of EN 16931 are read: UN/CEFACT CII (`CrossIndustryInvoice`, and
ZUGFeRD 1.0's `CrossIndustryDocument`) and OASIS UBL (`Invoice`, `CreditNote`).
Elements are found by local name, whatever the namespace prefixes.
"""

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element

import pypdfium2 as pdfium
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from bot.invoices.amounts import amounts
from bot.invoices.dates import find_dates
from bot.invoices.fields import FIELDS, Invoice, LineItem
from bot.invoices.validate import CENT, Check

#: Attachment names the standards prescribe, most specific first.
KNOWN_NAMES = ("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml", "order-x.xml")
#: An attachment larger than this is not read (real e-invoices are a few hundred kB).
MAX_XML_BYTES = 8 * 1024 * 1024
CII_ROOTS = ("CrossIndustryInvoice", "CrossIndustryDocument")
UBL_ROOTS = ("Invoice", "CreditNote")


class EInvoiceError(ValueError):
    """An embedded e-invoice that was found but refused (hostile, malformed or too large)."""


@dataclass
class EInvoice:
    #: `CII` (ZUGFeRD 2.x / Factur-X / XRechnung CII), `CII-1.0` (ZUGFeRD 1.0) or `UBL`.
    syntax: str
    #: The attachment's file name inside the PDF.
    attachment: str
    #: The guideline URN (Factur-X/ZUGFeRD profile, XRechnung version), when given.
    profile: str | None = None
    type_code: str | None = None
    seller_name: str | None = None
    seller_vat_id: str | None = None
    buyer_name: str | None = None
    invoice_number: str | None = None
    #: ISO `YYYY-MM-DD`.
    issue_date: str | None = None
    currency: str | None = None
    line_total: float | None = None
    #: The tax basis: line total less allowances plus charges.
    subtotal: float | None = None
    tax_total: float | None = None
    grand_total: float | None = None
    #: What is left to pay (grand total less prepaid amounts).
    amount_due: float | None = None
    line_items: list[LineItem] = field(default_factory=list)

    def to_invoice(self) -> Invoice:
        """The fields by the skill's names, each exact (confidence 1.0) where present."""
        invoice = Invoice(
            vendor=self.seller_name,
            invoice_number=self.invoice_number,
            issue_date=self.issue_date,
            currency=self.currency,
            subtotal=self.subtotal,
            tax=self.tax_total,
            total=self.grand_total,
            line_items=list(self.line_items),
        )
        if self.amount_due is not None and self.amount_due != self.grand_total:
            invoice.amount_due = self.amount_due
        invoice.confidence = {name: 1.0 for name in FIELDS if getattr(invoice, name) is not None}
        for name in ("amount_due", "line_items"):
            if getattr(invoice, name) not in (None, []):
                invoice.confidence[name] = 1.0
        return invoice

    def summary(self) -> dict[str, object]:
        """What the XML says beyond the skill's fields, for `data["e_invoice"]`."""
        return {
            "syntax": self.syntax,
            "attachment": self.attachment,
            "profile": self.profile,
            "type_code": self.type_code,
            "seller_vat_id": self.seller_vat_id,
            "buyer": self.buyer_name,
            "line_total": self.line_total,
            "amount_due": self.amount_due,
        }


def embedded_invoice(path: Path | str) -> EInvoice | None:
    """The e-invoice embedded in the PDF at `path`, or None when it carries none.

    Raises EInvoiceError when an embedded invoice XML is there but cannot be read
    safely (entity declarations, a DTD, malformed XML, too large)."""
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return None
    try:
        candidates = _xml_attachments(document)
    finally:
        document.close()
    refused: EInvoiceError | None = None
    for name, data in candidates:
        try:
            root = parse_xml(data, name)
        except EInvoiceError as error:
            refused = refused or error
            continue
        found = from_xml(root, name)
        if found is not None:
            return found
    if refused is not None:
        raise refused
    return None


def parse_xml(data: bytes, name: str = "the XML") -> Element:
    """The XML's root element; DTDs and entities are refused, not expanded."""
    if len(data) > MAX_XML_BYTES:
        raise EInvoiceError(f"{name} is {len(data):,} bytes, over the {MAX_XML_BYTES:,} limit")
    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise EInvoiceError(
            f"{name} declares a DTD or entities ({type(error).__name__}); "
            "refused as potentially hostile"
        ) from error
    except ParseError as error:
        raise EInvoiceError(f"{name} is not well-formed XML ({error})") from error


def from_xml(root: Element, attachment: str = "") -> EInvoice | None:
    """The invoice an XML root holds, or None when it is neither CII nor UBL."""
    kind = _local(root.tag)
    if kind in CII_ROOTS:
        return _cii(root, attachment, legacy=kind == "CrossIndustryDocument")
    if kind in UBL_ROOTS:
        return _ubl(root, attachment, credit=kind == "CreditNote")
    return None


def page_checks(einvoice: EInvoice, seen: Invoice, page_text: str) -> list[Check]:
    """Does the visible page say what the XML says? For the total, the issue date and the
    invoice number: the check passes when the fields read from the page (`seen`) agree, or
    when the XML's value is printed on the page anyway; it fails, naming both values,
    when the page shows another value or does not show the XML's at all."""
    wanted: list[tuple[str, str, object, object]] = [
        ("total", "total", einvoice.grand_total, seen.total),
        ("issue_date", "issue date", einvoice.issue_date, seen.issue_date),
        ("invoice_number", "invoice number", einvoice.invoice_number, seen.invoice_number),
    ]
    done: list[Check] = []
    for name, label, exact, read in wanted:
        check_name = f"page_{name}"
        if exact is None:
            done.append(Check(check_name, None, f"the e-invoice has no {label}"))
        elif read is not None and _agrees(name, exact, read):
            done.append(
                Check(check_name, True, f"the page shows the same {label} ({_show(exact)})")
            )
        elif _printed(name, exact, page_text):
            done.append(
                Check(check_name, True, f"the page shows the e-invoice's {label} ({_show(exact)})")
            )
        elif read is not None:
            done.append(
                Check(
                    check_name,
                    False,
                    f"the page shows {label} {_show(read)}, but the"
                    f" embedded e-invoice says {_show(exact)}",
                    (name,),
                )
            )
        else:
            done.append(
                Check(
                    check_name,
                    False,
                    f"the embedded e-invoice's {label} {_show(exact)} is not on the page",
                    (name,),
                )
            )
    return done


def items_check(einvoice: EInvoice) -> Check:
    """The XML's lines against its own line total (document allowances and charges come
    between the line total and the tax basis, so the lines need not add up to that)."""
    summed = [item.amount for item in einvoice.line_items if item.amount is not None]
    if not summed or einvoice.line_total is None:
        return Check("line_items", None, "no line items to add up")
    total = sum(summed)
    if abs(total - einvoice.line_total) <= CENT * max(1, len(summed)) / 2:
        return Check("line_items", True, f"{len(summed)} line items add up to the line total")
    return Check(
        "line_items",
        False,
        f"{len(summed)} line items add up to {total:,.2f}, the e-invoice's line total is"
        f" {einvoice.line_total:,.2f}",
        ("line_items",),
    )


def _agrees(name: str, exact: object, read: object) -> bool:
    if name == "total":
        return isinstance(read, int | float) and abs(float(exact) - read) < 0.005  # type: ignore[arg-type]
    return _normal(str(exact)) == _normal(str(read))


def _printed(name: str, exact: object, text: str) -> bool:
    """Is the XML's value somewhere in the page text, in any usual format?"""
    if name == "total":
        value = abs(float(exact))  # type: ignore[arg-type]
        return any(abs(abs(float(found.value)) - value) < 0.005 for found in amounts(text))
    if name == "issue_date":
        return any(
            found.date.isoformat() == exact
            for day_first in (True, False)
            for found in find_dates(text, day_first)
        )
    number = str(exact)
    bounded = rf"(?<![A-Za-z0-9]){re.escape(number)}(?![A-Za-z0-9])"
    return bool(re.search(bounded, text)) or (
        len(_normal(number)) >= 6 and _normal(number) in _normal(text)
    )


def _normal(text: str) -> str:
    return re.sub(r"\W", "", text).upper()


def _show(value: object) -> str:
    return f"{value:,.2f}" if isinstance(value, float) else str(value)


def _xml_attachments(document: pdfium.PdfDocument) -> list[tuple[str, bytes]]:
    """The document's XML attachments, those with a standard name first."""
    found: list[tuple[int, str, bytes]] = []
    for index in range(document.count_attachments()):
        attachment = document.get_attachment(index)
        name = attachment.get_name() or ""
        if not name.lower().endswith(".xml"):
            continue
        lowered = name.lower()
        rank = KNOWN_NAMES.index(lowered) if lowered in KNOWN_NAMES else len(KNOWN_NAMES)
        data = attachment.get_data()
        found.append((rank, name, bytes(data) if data is not None else b""))
    found.sort(key=lambda item: item[0])
    return [(name, data) for _, name, data in found]


def _cii(root: Element, attachment: str, legacy: bool) -> EInvoice:
    if legacy:
        context, document = "SpecifiedExchangedDocumentContext", "HeaderExchangedDocument"
        trade = "SpecifiedSupplyChainTradeTransaction"
        agreement = f"{trade}/ApplicableSupplyChainTradeAgreement"
        settlement = f"{trade}/ApplicableSupplyChainTradeSettlement"
        summation = f"{settlement}/SpecifiedTradeSettlementMonetarySummation"
        line_parts = (
            "SpecifiedSupplyChainTradeDelivery",
            "SpecifiedSupplyChainTradeAgreement",
            "SpecifiedSupplyChainTradeSettlement/SpecifiedTradeSettlementMonetarySummation",
        )
    else:
        context, document = "ExchangedDocumentContext", "ExchangedDocument"
        trade = "SupplyChainTradeTransaction"
        agreement = f"{trade}/ApplicableHeaderTradeAgreement"
        settlement = f"{trade}/ApplicableHeaderTradeSettlement"
        summation = f"{settlement}/SpecifiedTradeSettlementHeaderMonetarySummation"
        line_parts = (
            "SpecifiedLineTradeDelivery",
            "SpecifiedLineTradeAgreement",
            "SpecifiedLineTradeSettlement/SpecifiedTradeSettlementLineMonetarySummation",
        )
    seller = _find(root, f"{agreement}/SellerTradeParty")
    currency = _text(root, f"{settlement}/InvoiceCurrencyCode")
    grand = _find(root, f"{summation}/GrandTotalAmount")
    if currency is None and grand is not None:
        currency = grand.get("currencyID")
    items: list[LineItem] = []
    for line in root.iterfind(_path(f"{trade}/IncludedSupplyChainTradeLineItem")):
        if _text(line, "AssociatedDocumentLineDocument/ParentLineID") is not None:
            continue  # an EXTENDED sub-line, already counted in its group line
        delivery, price, sums = line_parts
        items.append(
            LineItem(
                description=_text(line, "SpecifiedTradeProduct/Name") or "",
                qty=_number(_text(line, f"{delivery}/BilledQuantity")),
                unit_price=_number(_text(line, f"{price}/NetPriceProductTradePrice/ChargeAmount")),
                amount=_number(_text(line, f"{sums}/LineTotalAmount")),
            )
        )
    return EInvoice(
        syntax="CII-1.0" if legacy else "CII",
        attachment=attachment,
        profile=_text(root, f"{context}/GuidelineSpecifiedDocumentContextParameter/ID"),
        type_code=_text(root, f"{document}/TypeCode"),
        seller_name=_text(seller, "Name"),
        seller_vat_id=_vat_id(seller),
        buyer_name=_text(root, f"{agreement}/BuyerTradeParty/Name"),
        invoice_number=_text(root, f"{document}/ID"),
        issue_date=_date(_find(root, f"{document}/IssueDateTime/DateTimeString")),
        currency=currency,
        line_total=_number(_text(root, f"{summation}/LineTotalAmount")),
        subtotal=_number(_text(root, f"{summation}/TaxBasisTotalAmount")),
        tax_total=_tax_total(root, f"{summation}/TaxTotalAmount", currency),
        grand_total=_number(grand.text if grand is not None else None),
        amount_due=_number(_text(root, f"{summation}/DuePayableAmount")),
        line_items=items,
    )


def _ubl(root: Element, attachment: str, credit: bool) -> EInvoice:
    seller = _find(root, "AccountingSupplierParty/Party")
    totals = "LegalMonetaryTotal"
    currency = _text(root, "DocumentCurrencyCode")
    items: list[LineItem] = []
    for line in root.iterfind(_path("CreditNoteLine" if credit else "InvoiceLine")):
        items.append(
            LineItem(
                description=_text(line, "Item/Name") or "",
                qty=_number(_text(line, "CreditedQuantity" if credit else "InvoicedQuantity")),
                unit_price=_number(_text(line, "Price/PriceAmount")),
                amount=_number(_text(line, "LineExtensionAmount")),
            )
        )
    vat_id = None
    for scheme in seller.iterfind(_path("PartyTaxScheme")) if seller is not None else ():
        vat_id = vat_id or _text(scheme, "CompanyID")
    return EInvoice(
        syntax="UBL",
        attachment=attachment,
        profile=_text(root, "CustomizationID"),
        type_code=_text(root, "CreditNoteTypeCode" if credit else "InvoiceTypeCode"),
        seller_name=_text(seller, "PartyLegalEntity/RegistrationName")
        or _text(seller, "PartyName/Name"),
        seller_vat_id=vat_id,
        buyer_name=_text(root, "AccountingCustomerParty/Party/PartyLegalEntity/RegistrationName")
        or _text(root, "AccountingCustomerParty/Party/PartyName/Name"),
        invoice_number=_text(root, "ID"),
        issue_date=_iso(_text(root, "IssueDate")),
        currency=currency,
        line_total=_number(_text(root, f"{totals}/LineExtensionAmount")),
        subtotal=_number(_text(root, f"{totals}/TaxExclusiveAmount")),
        tax_total=_tax_total(root, "TaxTotal/TaxAmount", currency),
        grand_total=_number(_text(root, f"{totals}/TaxInclusiveAmount")),
        amount_due=_number(_text(root, f"{totals}/PayableAmount")),
        line_items=items,
    )


def _vat_id(party: Element | None) -> str | None:
    """The party's VAT id (scheme `VA`), else its first tax registration."""
    if party is None:
        return None
    registrations = list(party.iterfind(_path("SpecifiedTaxRegistration/ID")))
    for registration in registrations:
        if registration.get("schemeID") == "VA" and registration.text:
            return registration.text.strip()
    return next((r.text.strip() for r in registrations if r.text and r.text.strip()), None)


def _tax_total(root: Element, path: str, currency: str | None) -> float | None:
    """The tax total in the invoice currency (there may be a second one in the tax currency)."""
    amounts = list(root.iterfind(_path(path)))
    chosen = next((a for a in amounts if currency and a.get("currencyID") == currency), None)
    chosen = chosen if chosen is not None else (amounts[0] if amounts else None)
    return _number(chosen.text if chosen is not None else None)


def _date(element: Element | None) -> str | None:
    if element is None or not element.text:
        return None
    text = element.text.strip()
    if element.get("format", "102") == "102" and re.fullmatch(r"\d{8}", text):
        return _iso(f"{text[:4]}-{text[4:6]}-{text[6:]}")
    return _iso(text[:10])


def _iso(text: str | None) -> str | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        return None


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        return float(text.strip())
    except ValueError:
        return None


def _path(path: str) -> str:
    """`A/B` → `{*}A/{*}B`: local names in any namespace."""
    return "/".join("{*}" + step for step in path.split("/"))


def _find(element: Element | None, path: str) -> Element | None:
    return None if element is None else element.find(_path(path))


def _text(element: Element | None, path: str) -> str | None:
    found = _find(element, path)
    if found is None or found.text is None:
        return None
    text = " ".join(found.text.split())
    return text or None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
