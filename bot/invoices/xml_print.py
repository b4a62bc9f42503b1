"""An e-invoice's XML printed as text: a browser's raw view of the file, an editor's print
of it, a tree viewer's `element  value` lines.

Such a page is no invoice layout, and the rules find nothing on it that means what it does
on one (the buyer's `Name` stands as near a label as the seller's). Its elements are rebuilt
instead, from the closing tags where the page prints them, else from the indentation of
its lines, and read as an embedded XML is (`bot.invoices.einvoice.from_xml`). The values
are as sure as the page was read: a text layer's exactly, an OCR reading's by its
confidence in the lines.
"""

import re
import statistics
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import cache
from xml.etree.ElementTree import Element

from bot.invoices.einvoice import CII_ROOTS, UBL_ROOTS, EInvoice, from_xml
from bot.invoices.fields import FIELDS, Invoice
from bot.invoices.layout import Row
from bot.invoices.vendor import mend_form

#: How sure a value read from a printed XML can be: the page is a copy of the file, and
#: a print may leave out what a viewer folded away.
PRINTED = 0.95
#: Fewer element lines than this is no XML print (an invoice quoting `<cbc:ID>`).
LEAST_ELEMENTS = 8
#: How alike a name OCR read must be to an element's the reader knows to be taken for it.
SIMILAR = 0.85
#: Closing tags: the page prints the XML's text, not a tree of it.
LEAST_CLOSING = 3

_ROOTS = CII_ROOTS + UBL_ROOTS
#: The elements `bot.invoices.einvoice` reads the fields by: a name OCR misread a letter
#: of (`SupplyChainTradeTransactiop`) is taken for the one it is nearly.
_READ_BY = (
    *_ROOTS,
    *[
        "AccountingCustomerParty",
        "AccountingSupplierParty",
        "ApplicableHeaderTradeAgreement",
        "ApplicableHeaderTradeSettlement",
        "ApplicableSupplyChainTradeAgreement",
        "ApplicableSupplyChainTradeSettlement",
        "AssociatedDocumentLineDocument",
        "BilledQuantity",
        "BuyerTradeParty",
        "ChargeAmount",
        "CompanyID",
        "CreditNoteLine",
        "CreditNoteTypeCode",
        "CreditedQuantity",
        "CustomizationID",
        "DateTimeString",
        "DocumentCurrencyCode",
        "DuePayableAmount",
        "ExchangedDocument",
        "ExchangedDocumentContext",
        "GrandTotalAmount",
        "GuidelineSpecifiedDocumentContextParameter",
        "HeaderExchangedDocument",
        "ID",
        "IncludedSupplyChainTradeLineItem",
        "InvoiceCurrencyCode",
        "InvoiceLine",
        "InvoiceTypeCode",
        "InvoicedQuantity",
        "IssueDate",
        "IssueDateTime",
        "Item",
        "LegalMonetaryTotal",
        "LineExtensionAmount",
        "LineTotalAmount",
        "Name",
        "NetPriceProductTradePrice",
        "ParentLineID",
        "Party",
        "PartyLegalEntity",
        "PartyName",
        "PartyTaxScheme",
        "PayableAmount",
        "Price",
        "PriceAmount",
        "RegistrationName",
        "SellerTradeParty",
        "SpecifiedExchangedDocumentContext",
        "SpecifiedLineTradeAgreement",
        "SpecifiedLineTradeDelivery",
        "SpecifiedLineTradeSettlement",
        "SpecifiedSupplyChainTradeAgreement",
        "SpecifiedSupplyChainTradeDelivery",
        "SpecifiedSupplyChainTradeSettlement",
        "SpecifiedSupplyChainTradeTransaction",
        "SpecifiedTaxRegistration",
        "SpecifiedTradeProduct",
        "SpecifiedTradeSettlementHeaderMonetarySummation",
        "SpecifiedTradeSettlementLineMonetarySummation",
        "SpecifiedTradeSettlementMonetarySummation",
        "SupplyChainTradeTransaction",
        "TaxAmount",
        "TaxBasisTotalAmount",
        "TaxExclusiveAmount",
        "TaxInclusiveAmount",
        "TaxTotal",
        "TaxTotalAmount",
        "TypeCode",
    ],
)
_SOURCE = "the printed XML"
#: The root a screenshot scrolled past implies, by the prefix of the first element it
#: shows: UBL's components (`cbc:ID`, `cac:AccountingSupplierParty`) stand under an
#: `Invoice`, CII's under a `CrossIndustryInvoice`.
_IMPLIED_ROOTS = {
    "cbc": "Invoice",
    "cac": "Invoice",
    "rsm": "CrossIndustryInvoice",
    "ram": "CrossIndustryInvoice",
}
#: A tree's fold marks and guide lines, before an element's name.
_MARKS = "▼▶►▾▸▽▷⊟⊞│├└─+-–−•·|"
#: What may stand before an element's name on its line.
_LEAD = _MARKS + " \t\u20030123456789"
#: A tag as printed; OCR may run the root's name into its namespace declarations
#: (`<CreditNotexmlns="urn:…`).
_TAG = re.compile(
    r"<\s*(?P<close>/)?\s*(?:(?P<prefix>[A-Za-z][\w.-]*)\s*:\s*)?"
    r"(?P<name>[A-Za-z][\w.-]*?)(?=xmlns[:=]|[^\w.-])"
    r"(?P<attributes>[^<>]*?)(?P<empty>/)?\s*>"
)
_ATTRIBUTE = re.compile(
    r"@?(?:[\w.-]+:)?(?P<name>[A-Za-z][\w.-]*)\s*=\s*[\"“”']?(?P<value>[^\"“”'\s]*)"
)
#: A tree viewer's line: an element's name (with its namespace prefix, or in angle
#: brackets, or a CamelCase name), its attributes as `@name=value`, then its value.
_TREE_LINE = re.compile(
    r"(?P<open><)?\s*(?:(?P<prefix>[a-z][\w-]*)\s*:\s*)?(?P<name>[A-Z][A-Za-z0-9]*)(?:\s*>)?"
    r"(?P<attributes>(?:\s+@?[\w:.-]+\s*=\s*[^\s>]+)*)\s*>?\s*[:=|]?\s*(?P<value>.*)"
)
#: A grid viewer's attribute on a line of its own, under its element: `@schemeID  0208`.
_ATTRIBUTE_LINE = re.compile(r"@(?:[\w.-]+:)?([A-Za-z][\w.-]*)\s*[:=]?\s*(\S*)")
#: A line's closing tag after its value (`F-24-1362</ram:ID>`), its `<` or `>` lost to
#: OCR too (`…:basic/ram:ID>`, `…-29/ram:BuyerReference`); not a value's own slash
#: (`24/4410`).
_CLOSING_END = re.compile(r"<?/\s*([A-Za-z][\w-]*\s*:\s*[\w.-]+)\s*>?\s*$")
_LINE_NUMBER = re.compile(r"\s*\d{1,5}(?=\s)")


@dataclass(frozen=True)
class PrintedXml:
    einvoice: EInvoice
    #: How sure the page's reading is: its element lines' median, and no more than a
    #: tenth over its least sure line's.
    confidence: float
    #: How sure the reading of each name-like value is, by the characters that print it
    #: (`Brückner Haustechnik Gmbk/ram:Name>`, the `H<` of a scan read as `k`).
    read_as: dict[str, float]

    def over(self, rules: Invoice) -> Invoice:
        """The fields the XML gives, as sure as the page was read; the rules' fields
        where the print shows none (a page left out, a viewer's folded lines)."""
        invoice = self.einvoice.to_invoice()
        invoice.confidence = {
            name: round(min(PRINTED, self.confidence, self.read_as.get(name, 1.0)), 2)
            for name in invoice.confidence
        }
        for name in FIELDS:
            if getattr(invoice, name) is None and getattr(rules, name) is not None:
                setattr(invoice, name, getattr(rules, name))
                invoice.confidence[name] = rules.confidence.get(name, 0.0)
        return invoice


def printed_einvoice(rows: Sequence[Row]) -> PrintedXml | None:
    """The e-invoice the rows print as XML, or None when they are not such a print."""
    elements = [row for row in rows if _element_line(row.text) or "</" in row.text]
    if len(elements) < LEAST_ELEMENTS:
        return None
    numbered = _line_numbers(rows)
    texts = _without_line_numbers(rows, numbered)
    roots = [_from_indents(rows, texts)]
    if sum(text.count("</") for text in texts) >= LEAST_CLOSING:
        roots.insert(0, _from_tags(_unwrapped(rows, texts, numbered)))
    read = [found for root in roots if root is not None and (found := from_xml(root, _SOURCE))]
    if not read:
        return None
    found = max(read, key=_completeness)
    if not (found.seller_name or found.invoice_number):
        return None
    sure = statistics.median(row.confidence for row in elements)
    read_as = {
        name: _read_as(elements, value)
        for name, value in (("vendor", found.seller_name), ("invoice_number", found.invoice_number))
        if value
    }
    least = min(row.confidence for row in elements) + 0.1
    if found.seller_name:
        found = replace(found, seller_name=mend_form(found.seller_name))
    return PrintedXml(found, min(sure, least), read_as)


def _read_as(rows: Sequence[Row], value: str) -> float:
    """The OCR engine's confidence in the characters that print `value`, where a line
    prints it whole."""
    for row in rows:
        if (start := row.text.find(value)) >= 0:
            return row.read_confidence(start, start + len(value))
    return 1.0


def _completeness(found: EInvoice) -> int:
    """How many of the fields a bookkeeper needs the rebuilt tree gave: a misread tag
    (`</ram:ApplicableTradeTa>`) leaves an element open and the next ones inside it, where
    the lines' indentation still nests them right."""
    wanted = (found.seller_name, found.invoice_number, found.issue_date, found.grand_total)
    return sum(value is not None for value in wanted)


def _element_line(text: str) -> re.Match[str] | None:
    """The element a line opens: in angle brackets, or named with its namespace prefix."""
    line = text.lstrip(_LEAD)
    if line.startswith(("<?", "<!", "</")):
        return None
    found = _TREE_LINE.match(line)
    if found is None:
        return None
    if found.group("open") or found.group("prefix"):
        return found
    # A grid viewer's root, named without its namespace (`Invoice`).
    if found.group("name") in _ROOTS and not found.group("value").strip(" >"):
        return found
    return None


def _line_numbers(rows: Sequence[Row]) -> list[bool] | None:
    """Which lines an editor's print numbers, where it numbers most of them: a line it
    wrapped has no number of its own."""
    numbered = [bool(_LINE_NUMBER.match(row.text)) for row in rows]
    return numbered if sum(numbered) >= len(rows) / 2 else None


def _without_line_numbers(rows: Sequence[Row], numbered: list[bool] | None) -> list[str]:
    if numbered is None:
        return [row.text for row in rows]
    return [_LINE_NUMBER.sub("", row.text, count=1) for row in rows]


def _unwrapped(rows: Sequence[Row], texts: Sequence[str], numbered: list[bool] | None) -> str:
    """The page's lines as one text, a line that an editor or a browser wrapped joined
    back to the line before it: the print breaks it anywhere, inside a tag's name (`</cb`
    / `c:CustomizationID>`) or a word. An editor numbers the lines of the file, not those
    it wrapped; a browser's wrapped line reaches the page's edge, and what it runs on
    with opens no tag."""
    edge = max(row.cells[-1].right for row in rows if "<" in row.text)
    joined: list[str] = []
    reaches_edge = False
    for index, (row, text) in enumerate(zip(rows, texts, strict=True)):
        if numbered is not None:
            goes_on = bool(joined) and not numbered[index]
        else:
            goes_on = reaches_edge and not text.lstrip(_LEAD).startswith("<")
        if goes_on:
            joined[-1] += text.strip()
        else:
            joined.append(text)
        reaches_edge = edge - row.cells[-1].right < row.height
    return "\n".join(_closed(line) for line in joined)


def _closed(line: str) -> str:
    """A tag's line as printed, its `>` or its closing tag's `<` put back where a scan's
    OCR lost them (`</ram:SellerTradeParty`, `…-0001-29/ram:BuyerReference`,
    `<ram:URIID>info@example.de/ram:URIID>`)."""
    if not line.lstrip(_LEAD).startswith("<"):
        return line
    line = line.rstrip()
    if ">" not in line:
        return line + ">"
    return _CLOSING_END.sub(r"</\1>", line)


def _from_tags(printed: str) -> Element | None:
    """The tree the printed tags make, from its CII or UBL root on (or the root the first
    tag implies, where a screenshot scrolled past it): a closing tag ends the innermost
    open element of its name, and what lies between a leaf's tags (over several lines,
    when the print wrapped it) is its text."""
    stack: list[Element] = []
    root: Element | None = None
    for text, tag in _tokens(printed):
        if tag is None:
            if stack and len(stack[-1]) == 0 and text.strip():
                stack[-1].text = " ".join(filter(None, (stack[-1].text, " ".join(text.split()))))
            continue
        name = _known_name(tag.group("name"))
        if tag.group("close"):
            if any(element.tag == name for element in stack):
                while stack.pop().tag != name:
                    pass
            if root is not None and not stack:
                break
            continue
        element = Element(name, _attributes(tag.group("attributes")))
        if stack:
            stack[-1].append(element)
        elif root is None and name in _ROOTS:
            root = element
        elif root is None and (implied := _IMPLIED_ROOTS.get(tag.group("prefix") or "")):
            root = Element(implied)
            root.append(element)
            stack.append(root)
        else:
            continue
        if not tag.group("empty"):
            stack.append(element)
    return root


@cache
def _known_name(name: str) -> str:
    """The element name the reader knows that OCR read `name` for, else `name`."""
    if name in _READ_BY or len(name) < 6:
        return name
    best = max(_READ_BY, key=lambda known: SequenceMatcher(None, name, known).ratio())
    return best if SequenceMatcher(None, name, best).ratio() >= SIMILAR else name


def _tokens(text: str) -> Iterator[tuple[str, re.Match[str] | None]]:
    at = 0
    for tag in _TAG.finditer(text):
        yield text[at : tag.start()], None
        yield tag.group(), tag
        at = tag.end()
    yield text[at:], None


def _from_indents(rows: Sequence[Row], texts: Sequence[str]) -> Element | None:
    """The tree a viewer's indented lines make: an element is the child of the nearest
    line above it that is indented less. A line that names no element, set as far in as
    the value above it, goes on with that value (a long note the viewer wrapped)."""
    stack: list[tuple[float, Element]] = []
    root: Element | None = None
    value_at: float | None = None
    for row, text in zip(rows, texts, strict=True):
        line = _element_line(text)
        at = _indent(row)
        if (attribute := _ATTRIBUTE_LINE.match(text.lstrip(_LEAD))) and stack:
            _attributed(stack, at + row.height / 3).set(*attribute.groups())
            continue
        if line is None:
            if stack and value_at is not None and at >= value_at - row.height:
                last = stack[-1][1]
                last.text = f"{last.text} {' '.join(text.split())}"
            continue
        name = _known_name(line.group("name"))
        element = Element(name, _attributes(line.group("attributes") or ""))
        value = " ".join(_CLOSING_END.sub("", line.group("value")).split())
        if value:
            element.text = value
        value_at = _value_at(row, value) if value else None
        while stack and stack[-1][0] >= at - row.height / 3:
            stack.pop()
        if stack:
            stack[-1][1].append(element)
        elif root is None and name in _ROOTS:
            root = element
        else:
            continue
        stack.append((at, element))
    return root


def _attributed(stack: Sequence[tuple[float, Element]], at: float) -> Element:
    """The element a grid viewer's attribute line under it belongs to: the last one
    indented no further (`cbc:EndpointID` over `@schemeID | 0208`)."""
    return next((element for x, element in reversed(stack) if x <= at), stack[0][1])


def _indent(row: Row) -> float:
    """Where the line's element name begins: past a line number and a fold mark, in a
    cell of their own or not."""
    for cell in row.cells:
        rest = cell.text.lstrip(_LEAD)
        if rest:
            lead = len(cell.text) - len(rest)
            return cell.x + cell.width * lead / len(cell.text)
    return row.cells[0].x


def _value_at(row: Row, value: str) -> float:
    for cell in row.cells:
        if value.startswith(cell.text[:8]):
            return cell.x
    return row.cells[-1].x


def _attributes(text: str) -> dict[str, str]:
    return {found.group("name"): found.group("value") for found in _ATTRIBUTE.finditer(text)}
