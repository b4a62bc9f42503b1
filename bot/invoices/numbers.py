"""The invoice number: the reference beside or under the strongest number label.

No arithmetic checks a number, so its confidence comes from the evidence alone and
drops below review when that evidence is weak: the value reads as another field (an
amount, an IBAN, a VAT id, a phone or fax number printed elsewhere), it is too short
to be a reference, more digits follow it that may belong to it, the OCR was unsure of
it, or equally strong labels name different numbers.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from bot.invoices.amounts import Amount, amounts
from bot.invoices.bank_and_tax_ids import VAT_ID, is_iban
from bot.invoices.dates import find_dates
from bot.invoices.labels import (
    BILL_WORDS,
    CUSTOMER_LABELS,
    DATE_LABELS,
    DOCUMENT_TITLE,
    ITEM_HEADER_WORDS,
    MORE_ITEM_HEADER_WORDS,
    NUMBER_LABELS,
    NUMBER_VALUE,
    OTHER_NUMBER_LABELS,
    PAYMENT_TERMS,
    PROSE_WORD,
    SERIAL_AFTER_NAME,
    TAX_ID,
)
from bot.invoices.layout import (
    COLUMN_SPACE,
    SURE_CHARACTER,
    Cell,
    Row,
    cell_at,
    cell_starts,
    overlaps,
    read_confidence,
)
from bot.invoices.lexicon import zipf

#: Confidence of a number whose evidence is weak: below `validate.SURE`.
DOUBTFUL = 0.5
#: Fewer characters than this are rarely a whole reference.
SHORTEST = 3
#: Shorter values turn up inside any long phone number or id by chance.
FOUND_ELSEWHERE = 6
_AMOUNT = re.compile(r"\d{1,3}(?:[.,]\d{3})*[.,]\d{2}")
_NEXT_TOKEN = re.compile(r"\s+(\S+)")
#: A lower-case or capitalised word the OCR ran into the number after its last digit,
#: with whatever follows (`TX-471102vom30.10.2018`, `R18-31vom`: "vom" = "of", then the
#: date; `000009921Série 001`).
_GLUED_WORD = re.compile(r"(?<=\d)[A-Z]?[a-zäöüßéèàíóúç]{2,}.*$")
_REFERENCE_PART = re.compile(r"[A-Z]{0,3}\d[A-Z0-9/_-]*", re.IGNORECASE)


@dataclass(frozen=True)
class Seen:
    """A value beside or under a number label."""

    value: str
    weight: int
    row: int
    below: bool
    #: OCR confidence of the cell the value was read from.
    legible: float
    #: More reference-like text follows the value after a space.
    cut: bool = False
    #: The label is said in a sentence (`… aus unserer Rechnung Nr. 2024-1177 vom …`).
    prose: bool = False
    #: The label as read, where one names the value.
    label: str = ""
    #: The label names a tax authority's fiscal device (`FBR POS Invoice No.`, `CU
    #: INVOICE NO.`): the number it registered the sale under, not the seller's own.
    fiscal: bool = False


def invoice_number(rows: Sequence[Row]) -> tuple[str, float] | None:
    """The number beside the strongest number label (`Invoice no.`, `Rechnungs-Nr.`,
    `N° de facture`, `Handelsrechnung (380) Nr.`, `Beleg-Nr`), or under it when the label
    heads a column; never a label that is part of a VAT or registration id. The first
    of the strongest wins; its confidence says how much to believe it."""
    seen = [
        replace(found, value=_letters_for_digits(found.value))
        for found in candidates(rows)
        if not _financial_year(found.value)
    ]
    if not seen:
        return None
    strongest = max(found.weight for found in seen)
    best = next(found for found in seen if found.weight == strongest)
    if _billed(best, rows):
        # A restaurant's bill, its table's check, under the receipt it was paid by
        # (`Bill No: 00882` over `Receipt No: SK01-17-0013529`): the receipt's is the number.
        # Not a card terminal's transaction on the slip under a check (`Check #4471 | Trans
        # 000219`): the check is what was paid.
        best = next(
            (
                f
                for f in seen
                if f.weight == strongest
                and not _billed(f, rows)
                and not _TERMINAL_TRANSACTION.match(f.label)
            ),
            best,
        )
    if _TERMINAL_TRANSACTION.match(best.label):
        # The register's transaction (`Reg 2 Trans 8841`) under the receipt's own number
        # (`Receipt # 0088-02-8841`): the receipt's.
        best = next(
            (
                f
                for f in seen
                if f.weight == strongest and f.label and not _TERMINAL_TRANSACTION.match(f.label)
            ),
            best,
        )
    # The till's count alone (`Trans 118734`) and, labelled too, the whole number it
    # ends (`Trans No: 0231-02-118734`): the whole.
    best = next(
        (
            f
            for f in seen
            if f.weight == strongest and re.search(rf"[-/ ]{re.escape(best.value)}$", f.value)
        ),
        best,
    )
    if _bare_mark(best):
        # A till's order or queue number, a mark and a reference alone (`#A047`), over
        # the receipt's own under a label in words (`Receipt No: TPB-MV-00193320`).
        best = next(
            (f for f in seen if f.weight == strongest and not _bare_mark(f) and f.label),
            best,
        )
    if best.fiscal:
        own = [found for found in seen if not found.fiscal and found.weight >= 2]
        if own:
            heaviest = max(found.weight for found in own)
            best = next(found for found in own if found.weight == heaviest)
    sure = {3: 0.9, 2: 0.8, 1: 0.5}[best.weight] - (0.05 if best.below else 0.0)
    if best.weight == 1 and _order_is_the_reference(best, seen, rows):
        sure = ORDER_REFERENCE
    sure = min(sure, 0.5 + 0.5 * rows[best.row].confidence)
    if doubts(best, seen, rows):
        sure = min(sure, DOUBTFUL)
    return _with_point_of_sale(best, rows), sure


def _bare_mark(found: Seen) -> bool:
    return found.label.strip(" :") == "#"


#: Argentina's point of sale, printed apart from the voucher's number (`Punto de Venta:
#: 00003 | Comp. Nro: 00001287`, `P.V. Nro.: 0005 | Nro. T.: 00034567`): the two together
#: are the invoice's number, written `00003-00001287`.
_POINT_OF_SALE = re.compile(
    r"\b(?:punto\s+de\s+venta|pto\.?\s*(?:de\s*)?vta|p\.\s?v)\b\.?\s*(?:n(?:ro|°|º)\.?)?\s*:?\s*"
    r"(\d{4,5})\b",
    re.IGNORECASE,
)


def _with_point_of_sale(best: Seen, rows: Sequence[Row]) -> str:
    if not re.fullmatch(r"\d{8}", best.value):
        return best.value
    for row in rows[max(0, best.row - best.below) : best.row + 1]:
        found = _POINT_OF_SALE.search(row.text)
        if found and found.group(1) != best.value:
            return f"{found.group(1)}-{best.value}"
    return best.value


def _financial_year(value: str) -> bool:
    """A year that runs into the next (`2025/26`, `2024-2025`), as a rates notice's or a
    council tax bill's title prints it: when the bill is for, not its number."""
    year = re.fullmatch(r"((?:19|20)\d\d)[/-]((?:19|20)?\d\d)", value)
    return bool(year) and int(year.group(2)[-2:]) == (int(year.group(1)) + 1) % 100


def _billed(found: Seen, rows: Sequence[Row]) -> bool:
    """The value's label is a restaurant table's bill or check (`Bill No`, `BillNo`, `No.
    Bil`, `Check No`), not the receipt it was paid by."""
    if found.label:
        return _BILL_LABEL.match(found.label) is not None
    label_rows = rows[max(0, found.row - found.below) : found.row + 1]
    return any(_BILL_LABEL.match(row.text) for row in label_rows)


#: A bill's or check's number label opening its line or its label: `Bill No:`, `BillNo`,
#: `Bil:`, `No. Bil`, `Check No`, `Chk #`.
_BILL_LABEL = re.compile(
    r"^\W*(?:(?:bi[l1i]{2}|check|chk)\s*(?:no\b|number|#|:)|no\.?\s*bil+\b)", re.IGNORECASE
)
#: A card terminal's or till's transaction label: `Trans`, `TRN`, `Trx #`, `Txn No`, a
#: till line's `TR:8821`.
_TERMINAL_TRANSACTION = re.compile(r"\W*(?:trans?|trn|trx|txn|tr)\b", re.IGNORECASE)
#: How sure an order's or booking's number is as the reference of a page that is no bill.
ORDER_REFERENCE = 0.75
#: The labels of an order's, booking's or payment's own reference.
_ORDER_LABEL = re.compile(
    r"\b(?:order|booking|confirmation|reservation|transaction)\b", re.IGNORECASE
)


def _order_is_the_reference(best: Seen, seen: Sequence[Seen], rows: Sequence[Row]) -> bool:
    """An order confirmation's or web receipt's only reference (`Order # 41-77102/TL`):
    no bill's title or words on the page and no other number labelled, its order's number
    is the one a bookkeeper files it under."""
    label_rows = rows[max(0, best.row - best.below) : best.row + 1]
    return (
        any(_ORDER_LABEL.search(row.text) for row in label_rows)
        and len({_key(found.value) for found in seen}) == 1
        and not any(BILL_WORDS.search(row.text) for row in rows)
    )


def candidates(rows: Sequence[Row]) -> list[Seen]:
    """Each number label's value, in reading order, stronger labels first in a row."""
    found = []
    for index, row in enumerate(rows):
        ids = _tax_id_spans(row.text)
        lettered = _lettered(row.text)
        for pattern, weight in NUMBER_LABELS:
            for match in pattern.finditer(lettered):
                if any(a < match.end() and match.start() < b for a, b in ids):
                    continue
                cell_start, _ = cell_at(row, match.start())
                before = row.text[cell_start : match.start()]
                # A reference in brackets in an item's description (`Remote-Support (Ticket
                # #44812, #44830) | 2.25 | Std. | 165.00 | 371.25`) or a deduction's
                # (`Acompte reçu le 14.02.2025 (facture n° 2025-0087) | -6'000.00`), or a
                # dated document's on a row of amounts (`1. Abschlagsrechnung Nr. 2024-1183
                # vom 13.12.2024 | 12.000,00 | …`), labels not this one.
                printed = amounts(row.text)
                closed = row.text.find(")", match.end())
                if before.count("(") > before.count(")") and (
                    len(printed) >= 2 or any(0 <= closed < a.start for a in printed)
                ):
                    continue
                # Not its own invoice's amount said on in the same sentence (`Votre facture
                # nº F2503-0087712 du 03/03/2025, d'un montant de 29,99 € TTC`).
                dated = _dated_until(row.text, match.end())
                own_cell_end = cell_start + len(cell_at(row, match.start())[1].text)
                if dated is not None and any(a.start >= max(dated, own_cell_end) for a in printed):
                    continue
                # A line of a folio or statement (`03/11/2024 | Harbor Room Restaurant | CHK
                # 20417 | 38.40`): a date opening it and an amount ending it.
                if _dated_line(row.text, match.start(), printed):
                    continue
                if (
                    _ANOTHER_PARTYS.search(before)
                    or _MEMBERSHIP.search(before)
                    or _ANOTHER_DOCUMENTS.search(before)
                    or (not before.strip() and _PAID_BY_THIS.search(row.text[:cell_start]))
                    or _ANOTHER_AFTER.match(row.text, match.end())
                ):
                    continue
                end = match.end() + _translated(row.text[match.end() :])
                seen = _beside(row, index, end, weight)
                # A label read on from the title's cell (`FACTURA | Nº factura`) heads the
                # column of its own cell.
                own = match.start() + match.group().rfind(COLUMN_SPACE) + 1
                if seen is None and not _in_sentence(row, end):
                    seen = _below(rows, index, own, weight)
                elif seen is not None and _heads_its_column(row, own, end):
                    seen = _set_under(rows, index, own, weight) or seen
                if seen is not None:
                    prose = len(PROSE_WORD.findall(before)) >= 3
                    fiscal = _FISCAL_DEVICE.search(before) is not None
                    found.append(replace(seen, prose=prose, label=match.group(), fiscal=fiscal))
                    # A table's check or bill beside the receipt it was paid by (`Check
                    # No: 12424 | Receipt No: 89074713`): the receipt's label is read too.
                    if not _BILL_LABEL.match(match.group()):
                        break
        title = _title_cell(row)
        titled = _under_title(rows, index, title) if title is not None else None
        if under := (
            _series_and_number(rows, index)
            or titled
            or _under_title_heading(rows, index)
            or _numbered_by_title(rows, index)
            or _numbered_by_initials(rows, index)
            or _numbered_by_date(rows[index], index)
            or _marked_by_date(rows, index)
            or _numbered_in_info_block(rows, index)
        ):
            found.append(under)
    return found


#: A tax id's own number mark, in the next cell when a till prints its label in two
#: (`GST REG. | NO: 000290881536`).
_ID_MARK = re.compile(r"\W{0,6}(?:no|nr|number|n[°º])\b\W?|\W{0,6}#", re.IGNORECASE)


def _ends_in_tax_id(text: str) -> bool:
    """`GST REG.` before a cell's `NO: 000290881536`: that number is the tax id."""
    return any(not re.search(r"\w", text[end:]) for _, end in _tax_id_spans(text))


def _tax_id_spans(text: str) -> list[tuple[int, int]]:
    """Where each tax id's label stands, with its number mark."""
    spans = []
    for match in TAX_ID.finditer(text):
        mark = _ID_MARK.match(text, match.end())
        spans.append((match.start(), mark.end() if mark else match.end()))
    return spans


#: Words before a number label that name a tax authority or its fiscal device: Pakistan's
#: FBR and provincial PRA/SRB/KPRA, Kenya's KRA with its control unit (`CU`, `SCU`) and
#: eTIMS, an electronic tax register (`ETR`).
_FISCAL_DEVICE = re.compile(r"\b(?:FBR|PRA|SRB|KPRA|KRA|S?CU|ETR)\b|(?i:\be?tims\b|\bfis[ck]al)")
#: A one or a zero inside a word, where OCR reads an i or an o as a digit (`Rece1pt No`).
_DIGIT_IN_WORD = re.compile(r"(?<=[^\W\d_])[10](?=[^\W\d_])")


def _lettered(text: str) -> str:
    """`text` with a digit inside a word read as the letter it stands for, and a middle
    dot between words as the space it was read for (`FACTURE·N°F2024-0233`), so that a
    label is found; as long as `text`, so that what follows the label is still read from
    `text` itself."""
    text = _DOT_BETWEEN_WORDS.sub(" ", text)
    # The ordinal's `º` read as a superscript two (`Factura n²`), the `O` of `NO` as a `Q`
    # (`INVOICE NQ : 18060412` off a dot-matrix print).
    text = _SQUARED_ORDINAL.sub("º", text)
    text = _STAR_ORDINAL.sub("°", text)
    text = _Q_FOR_O.sub(lambda q: "O" if q.group() == "Q" else "o", text)
    return _DIGIT_IN_WORD.sub(_letter_for, text)


def _letter_for(digit: re.Match[str]) -> str:
    """The letter a digit inside a word stands for: a zero an o, a one an i, or an l
    after an i (`Bi1l:`), as no label doubles its i."""
    if digit.group() == "0":
        return "o"
    return "l" if digit.string[digit.start() - 1] in "iI" else "i"


_SQUARED_ORDINAL = re.compile(r"(?<=\b[nN])²")
#: Or as a star (`NOTE N* 20573`).
_STAR_ORDINAL = re.compile(r"(?<=\b[nN])\*(?=\s*\d)")
_Q_FOR_O = re.compile(r"(?<=\b[nN])[qQ](?=\s*[:.#])")


_DOT_BETWEEN_WORDS = re.compile(r"(?<=[^\W\d_])·(?=[^\W\d_])")


#: The title in a cell of its own, a word before it allowed (`FREIGHT INVOICE`).
_TITLE_CELL = re.compile(rf"^\W*(?:[^\W\d_]+\s+)?{DOCUMENT_TITLE}\W*$", re.IGNORECASE)
#: The marks of a number: `No.`, `Nr.`, `N°`, `#`; Slovak and Czech `č.`, Slovenian `št.`,
#: Croatian `br.`, the numero sign `№`; a till's `RCPT`, `TXN`.
_MARKS = r"(?:no|nr|n\.?[°º]|#|(?:č|št|br|rcpt|txn)(?=[.:\s])|№)"
#: `No. CS-24819`, `Nr. 2026-004`, `# 10442`, `nr FS 0412/09/24` alone in a cell, a stray
#: mark the OCR read before it allowed (`·N°:LB-2025-07`).
_BARE_NUMBER = re.compile(
    rf"^[^\w\s]?\s*{_MARKS}\.?\s*:?\s*(?=(?:[A-Z]{{1,4}}\s)?\S*\d)", re.IGNORECASE
)


#: A label made of the title's initials (`DOI No :` under `DELIVERY ORDER CUM INVOICE`).
_INITIALS_LABEL = re.compile(r"^\W*([A-Z]{2,5})\.?\s*(?:No\b\.?|NO\b\.?|#|Nr\b\.?)\s*:?\s*")
#: The words of a title its initials skip.
_TITLE_GLUE = re.compile(r"(?i)^(?:cum|and|of|&|/|-|\+)$")


def _numbered_by_initials(rows: Sequence[Row], index: int) -> Seen | None:
    """A number labelled with the initials of the document's title, a few lines over it
    (`DOI No : DOI-1805-0419` under `DELIVERY ORDER CUM INVOICE`, `TI No` under `TAX
    INVOICE`): the document's own number, in the form's own shorthand."""
    row = rows[index]
    for offset, cell in cell_starts(row):
        label = _INITIALS_LABEL.match(cell.text)
        if label is None:
            continue
        for title in rows[max(0, index - 4) : index]:
            words = [w for w in title.text.split() if not _TITLE_GLUE.match(w)]
            if (
                2 <= len(words) <= 6
                and re.search(DOCUMENT_TITLE, title.text, re.IGNORECASE)
                and "".join(w[0] for w in words).upper() == label.group(1)
            ):
                return _beside(row, index, offset + label.end(), 2)
    return None


def _numbered_by_title(rows: Sequence[Row], index: int) -> Seen | None:
    """A bare `No. CS-24819` in a cell of its own by the document's title (`INVOICE`
    over or under it, at most two lines apart): the document's number, as letterheads
    print it."""
    near = rows[max(0, index - 2) : index + 3]
    # The title's box alone, where its line runs on into the number (`CASH BILL/BIL
    # TUNAI | No. 12588`, one phrase).
    if not any(
        _TITLE_CELL.match(cell.text) or _TITLE_ALONE.match(cell.text)
        for row in near
        for cell in (*row.phrases(), *row.cells)
    ):
        return None
    row = rows[index]
    return (
        _bare_number(row.phrases(), index)
        or _bare_number(row.cells, index)
        or _serial_after_name(row.cells, index)
        or _bare_number(row.cells, index, _REFERENCE_BY_TITLE)
    )


#: `Référence : FR6318472`, `Ref. 2024-118` alone in its cell by the title: the
#: document's own reference (another's says whose: `Votre référence`, `Client ref`).
_REFERENCE_BY_TITLE = re.compile(
    r"^\W*(?:r[ée]f[ée]rence|reference|ref\.?)\s*:?\s*(?=[A-Z]{0,4}\S*\d)", re.IGNORECASE
)


def _serial_after_name(cells: Sequence[Cell], index: int) -> Seen | None:
    """`WAH FONG ELECTRICAL & HARDWARE No. 041188`: a bill book's serial printed beside
    the company's name by the title, read into one box with it."""
    for cell in cells:
        found = SERIAL_AFTER_NAME.search(cell.text)
        name = cell.text[: found.start()] if found else ""
        if (
            len(re.findall(r"[^\W\d_]{2,}", name)) >= 2
            and not re.search(r"\d", name)
            and not _ID_WORDS.search(name)
        ):
            legible = read_confidence(cell, found.start(1), found.end(1))
            return Seen(found.group(1), 2, index, False, legible)
    return None


#: Words of another number's label (`GST Reg No: 000987612288`, `Tel No. 0388`, an Indian
#: shop's food licence `FSSAI Lic No: 11219333000412`).
_ID_WORDS = re.compile(
    r"\b(?:reg|regn|registration|gst|sst|tax|vat|id|co|company|tel|fax|phone|hp|acc|account"
    r"|member|card|cust|customer|ic|passport|lot|lic|licen[cs]e|fssai|gstin|cin|tin|pan|dl)\b",
    re.IGNORECASE,
)


def _numbered_by_date(row: Row, index: int) -> Seen | None:
    """A bare `N°20451` in a cell of its own on the line that dates the page (`23/09/2023
    08:47 | N°20451`), or marked after the time in the date's own box (`05-06-2024 08:12
    N°40518 | C1`): the till's own number for the sale, as receipts print it. A number in
    a till's shape opening that line with no mark (`S03-000041927 | 05-05-2019 17:30`)
    counts less."""
    for cell in row.cells:
        if find_dates(cell.text) and (marked := _MARKED_AFTER_DATE.search(cell.text)):
            legible = read_confidence(cell, marked.start(1), marked.end(1))
            return Seen(marked.group(1), 2, index, False, legible)
    phrases = row.phrases()
    if len(phrases) < 2 or not any(find_dates(cell.text) for cell in phrases):
        return None
    if seen := _bare_number(phrases, index):
        return seen
    # Or with no mark, opening the line, in its till's shape (`S03-000041927 | 05-05-2019
    # 17:30`): likely the receipt's, for a person to check.
    first = phrases[0]
    if _TILL_NUMBER.fullmatch(first.text.strip()) and not find_dates(first.text):
        value = first.text.strip()
        return Seen(value, 1, index, False, read_confidence(first, 0, len(first.text)))
    return None


#: A number marked after the date and time in their phrase (`… 08:12 N°40518`).
_MARKED_AFTER_DATE = re.compile(r"\s(?:N[°º]|No\.|#)\s*(\d{3,})\s*$")
#: A till's receipt number alone: a few letters and digits, a dash, six digits or more.
_TILL_NUMBER = re.compile(r"[A-Z]{1,3}\d{0,3}-\d{6,}")


def _numbered_in_info_block(rows: Sequence[Row], index: int) -> Seen | None:
    """A bare `No.` or the document's title in a cell of its own, its value in the next
    (`No. | : TI-36637`, `Rechnung / Facture | 250671`), over or under the document's
    `Date` label set at its left edge: the labels of an info block beside the customer's
    address, the number the document's own."""
    row = rows[index]
    if _items_heading(row):
        return None
    for label, cell in pairwise(row.cells):
        if not (
            _NO_ALONE.match(label.text)
            or _TITLE_ALONE.match(label.text)
            or _COMPOUND_TITLE.fullmatch(label.text)
        ):
            continue
        text = cell.text.lstrip(" :：")
        found = _value_span(text)
        # A number in spaced groups filling its cell (`Rechnung | R 2024 0788`).
        grouped = text.rstrip()
        if found is not None and _GROUPED.fullmatch(grouped) and grouped.startswith(found[0]):
            found = (grouped, found[1], found[1] + len(grouped))
        if found is None or text[found[2] :].strip():
            continue
        near = rows[max(0, index - 2) : index] + rows[index + 1 : index + 3]
        if any(
            DATE_LABELS.search(other.text)
            and not any(ch.isdigit() for ch in other.text)
            and abs(other.x - label.x) <= label.height
            for near_row in near
            for other in near_row.cells
        ):
            value, start, end = found
            skip = len(cell.text) - len(text)
            return Seen(value, 2, index, False, read_confidence(cell, skip + start, skip + end))
    return None


#: A German title compounded with its kind (`Werkstattrechnung`, `Schlussrechnung`),
#: not one naming the invoice another document refers to (`Ursprungsrechnung`).
_COMPOUND_TITLE = re.compile(
    r"\W*(?!ursprungs|bezugs|referenz|original)[^\W\d_]{3,}(?:rechnung|gutschrift)\W*",
    re.IGNORECASE,
)


def _items_heading(row: Row) -> bool:
    """An item table's heading row, whose `No.` numbers the items, not the document."""
    return any(words.search(row.text) for words in (ITEM_HEADER_WORDS, MORE_ITEM_HEADER_WORDS))


#: `No.`, `No:`, `N°:`, `Nr.` or `№` alone in its cell.
_NO_ALONE = re.compile(r"^\W*(?:no|n[°º]|nr|№)\s*[.:]?\s*:?\s*$", re.IGNORECASE)


def _marked_by_date(rows: Sequence[Row], index: int) -> Seen | None:
    """A code marked `#` alone on its line next to the date's (`May 11 2024, 12:31 PM` /
    `#KTF8`): the sale's code on a card reader's digital receipt, likely its number."""
    phrases = rows[index].phrases()
    found = _MARKED_CODE.fullmatch(phrases[0].text.strip()) if len(phrases) == 1 else None
    near = [*rows[max(0, index - 1) : index], *rows[index + 1 : index + 2]]
    if found is None or not any(find_dates(row.text) for row in near):
        return None
    legible = read_confidence(phrases[0], *found.span(1))
    return Seen(found.group(1), 1, index, False, legible)


_MARKED_CODE = re.compile(r"#\s?([A-Z0-9]{3,10})")


def _bare_number(
    cells: Sequence[Cell], index: int, marks: re.Pattern[str] | None = None
) -> Seen | None:
    """The value of the first cell that holds only a bare label and its number; not a
    till's terminal, `#01` beside the time, of two digits or fewer after a `#`."""
    for at, cell in enumerate(cells):
        label = (marks or _BARE_NUMBER).match(cell.text)
        found = _value_span(cell.text[label.end() :]) if label else None
        if label is None or found is None or cell.text[label.end() + found[2] :].strip():
            continue
        if at and _ends_in_tax_id(cells[at - 1].text):
            continue
        if "#" in label.group() and re.fullmatch(r"\d{1,2}", found[0]):
            continue
        value, start, end = found
        start, end = label.end() + start, label.end() + end
        return Seen(value, 2, index, False, read_confidence(cell, start, end))
    return None


#: A series' letters (`Seria: BCF`, Lithuanian `Serija: BM`), then the number in the
#: series, on the same line or the next (`nr. 10294`, `Nr. facturii: 00482`).
_SERIES = re.compile(r"(?i:\bserij?[ae])\b\W{0,3}?([A-Z]{1,6})\b")
_IN_SERIES = re.compile(
    r"[\s:,]*(?:nr|num[aă]r|no)\b\.?(?:\s*(?:facturii|fakt[ūu]ros))?\s*:?"
    r"[\s\u2003]*(\d(?:[\d ]*\d)?)\b",
    re.IGNORECASE,
)


def _series_and_number(rows: Sequence[Row], index: int) -> Seen | None:
    """An invoice numbered within a series, as Romania and Lithuania print it (`Seria:
    AGB` over `Nr.: 2025 0317`, `Seria BCF nr. 10294`): the series and the number
    together name it (`AGB 2025 0317`). The number's label follows the series, or opens
    a cell of the next line (not a street's `nr. 47`)."""
    row = rows[index]
    series = _SERIES.search(row.text)
    if series is None:
        return None
    number = _IN_SERIES.match(row.text, series.end())
    if number is None and index + 1 < len(rows):
        row = rows[index + 1]
        number = next(
            (
                found
                for start, _ in cell_starts(row)
                if (found := _IN_SERIES.match(row.text, start)) is not None
            ),
            None,
        )
    if number is None:
        return None
    value = f"{series.group(1)} {number.group(1)}"
    return Seen(value, 2, index, row is not rows[index], row.confidence)


#: A date column's heading that says only "of" (`Rechnung | vom | Kunde`).
_DATED_HEADING = re.compile(r"\W*(?:vom|du|del|dated)\W*", re.IGNORECASE)


def _under_title_heading(rows: Sequence[Row], index: int) -> Seen | None:
    """The value under the document's title or a bare `Number` heading a column of a
    table's heading row beside a date column (`Rechnung | Datum | Zimmer` over `84412 |
    22.02.2026 | 305`, `Tipo doc. | Numero | Data` over `TD01 Fattura | 387/FE |
    18/02/2026`): the document's own number and date, side by side."""
    row = rows[index]
    if len(row.cells) < 2 or not any(
        DATE_LABELS.search(cell.text) or _DATED_HEADING.fullmatch(cell.text) for cell in row.cells
    ):
        return None
    # An item table's `No.` numbers the items, not the document.
    items = _items_heading(row)
    for offset, cell in cell_starts(row):
        if (_TITLE_ALONE.match(cell.text) or (_NUMBER_ALONE.match(cell.text) and not items)) and (
            found := _below(rows, index, offset, 2)
        ):
            return found
    return None


#: What an official receipt is for: `being payment of`, `in full payment for`.
_PAYMENT_OF = r"(?:being|in)\s*(?:full\s*|part\s*)?payment\s*(?:of|for)|payment\s*for"
#: The word before a number label, in its cell, that makes it another party's number:
#: `Client n°`, `Kunden-Nr.`, `Customer #` (the customer's account with the issuer).
_ANOTHER_PARTYS = re.compile(
    r"\b(?:client|customer|cust|kunden?|cliente|klant|debitor|debiteur)[\s.-]*$", re.IGNORECASE
)
#: A professional's membership of a chamber or a register before a number label
#: (`Engenheiro Civil · Membro OE n.º 61 472`, `Colegiada nº 7.812`, `iscritto all'Albo n.`):
#: the professional's number, not the invoice's.
_MEMBERSHIP = re.compile(
    r"\b(?:membro|member(?:ship)?|mitglieds?|colegiad[oa]|matr[íi]cula|iscri(?:zione|tt[oa])"
    r"|albo|ordine|ordem)\b[\w\s.'’]{0,15}$",
    re.IGNORECASE,
)
#: The word before a number label that makes it another document's number: a credit
#: note's `Original Invoice No.`, `Against Invoice No.`, `zu Rechnung Nr.`, `sur facture n°`,
#: `Betreft factuur nr.`, `Rif. fattura n.`;
#: a final invoice's instalments deducted (`abzgl. 1. Abschlagsrechnung Nr.`, `Less 2nd
#: progress invoice no.`, `déduction facture d'acompte n°`).
_ANOTHER_DOCUMENTS = re.compile(
    r"\b(?:original|against|corrected|cancell?ed|related|referenced?|zu[rm]?|sur|auf"
    r"|(?:relating|referring)\s*to(?:\s*the)?|rapportant\s*[àa](?:\s*la)?|bez[üu]glich(?:\s*der)?"
    # A letter's reference line: `Bezug: Jahresverbrauchsabrechnung Nr. …`.
    r"|bezug\s*:?"
    r"|betreft(?:\s*de)?|inzake(?:\s*de)?|rif\.?|riferimento(?:\s*alla)?|relativa\s*alla"
    # An Italian credit note's `Documento collegato: fattura n.`.
    r"|(?:documento\s*)?collegat[oa]\s*:?"
    # A correction's or cancellation's `Korrektur der Rechnung Nr.`, `Correction of invoice`.
    r"|(?:korrektur|berichtigung|storno|stornierung)\s*(?:der|zur)?|correction\s*(?:of|to)(?:\s*the)?"
    # A receipt for payment of invoices (`being payment of INV NO YL-1123 & YL-1131`).
    rf"|{_PAYMENT_OF}"
    r"|(?:abzgl|abz[üu]glich|less|minus|moins|d[ée]duction|deduct(?:ed)?)\.?\s*(?:de\s*(?:la\s*)?)?"
    r"(?:\d+(?:\.|st|nd|rd|th|e|er|[èe]re)?\s*)?)"
    r"[\s.-]*$",
    re.IGNORECASE,
)
#: An official receipt's words before the invoices it is paid for, in a cell of their own
#: (`being payment of | Invoice No. GP-INV-1712/088`).
_PAID_BY_THIS = re.compile(rf"\b(?:{_PAYMENT_OF})[\s:\u2003]*$", re.IGNORECASE)
#: A label's value and the word that dates its document (`Nr. 2024-1183 vom`, `n°
#: 2025-0087 du`, `No. 1183 dated`).
_DATED_BY = re.compile(r"\W*\S*\d\S*\s+(?:vom|v\.|du|dated|of|del|van)\s+", re.IGNORECASE)


def _dated_line(text: str, start: int, printed: Sequence[Amount]) -> bool:
    """Whether a date opens the row before `start` and an amount ends it after."""
    opening = find_dates(text[:start])
    return (
        bool(opening)
        and opening[0].start <= 2
        and bool(printed)
        and printed[-1].start > start
        and not text[printed[-1].end :].strip()
    )


def _dated_until(text: str, start: int) -> int | None:
    """Where the reference after `start` and its document's date end (`Nr. 2024-1183 vom
    13.12.2024`, `n° 2025-0087 du 14 février 2025`), if a date follows it."""
    said = _DATED_BY.match(text, start)
    dates = find_dates(text[said.end() :]) if said else []
    return said.end() + dates[0].end if said and dates and dates[0].start == 0 else None


#: The same said after the label: `Facture d'origine :`, `Rechnung (Original)`.
_ANOTHER_AFTER = re.compile(r"\s*(?:d'?\s*origine|originale?\b|\(original\))", re.IGNORECASE)
#: The label said again in a second language: `Rechnungsnr. / No.`, `N° / No`.
_TRANSLATION = re.compile(
    r"\.?\s*/\s*(?:[^\W\d_]+[.°º]?\s*){1,3}(?=[:|]?\s*[A-Z]{0,4}[-/]?\d)"
    # In a cell of its own, in a script the OCR cannot read: a few small letters
    # (`Invoice No | giai | 40211-7785320`, `Tax Invoice No. | gilál | GBFM/…` for the
    # Arabic label).
    r"|[.:]*\s*\u2003[a-zß-ÿ]{2,8}[\u2003 ](?=\s*(?:[A-Z]{1,5}[-/]){0,3}[A-Z]{0,4}[-/]?\d)"
    # Or the title's number mark opening the next cell (`BIL TUNAI | No.003871`).
    r"|\s*\u2003?\s*(?:No|NO|Nr|N[°º])\.?\s*:?\s*(?=\d)"
)
#: A reference as a billing system numbers its documents (`F-2026-0058`, `2026/00412`),
#: not a till's `CB#: 389772` or `Table37`.
_REFERENCE = re.compile(
    r"(?:[A-Z]{1,3}\s)?(?:[A-Z]{1,5}[-/])?[A-Z]{0,4}[-/]?\d[\dA-Z/-]*\d", re.IGNORECASE
)
#: A number printed in groups of digits filling its own cell (`5301 2266 8410`, after a
#: short letter prefix: `KM 2612 0448 1937`), or a reference in parts, then groups
#: (`2024-884 120 517`, `26-4418 0073`), or a year and its series by a spaced slash (`FW 2025
#: / 00 7731`).
_GROUPED = re.compile(
    r"(?:[A-Z]{1,3} )?\d{1,6}(?: / \d{1,6})?(?: \d{2,10}){1,4}"
    r"|\d{1,6}(?:[-/]\d{1,10})+(?: \d{3,4}){1,4}"
)
#: The same after its label in one cell, in three groups or more of three digits or more
#: (`Receipt 1734 092 551`); of two groups, the second may be another field's (`Invoice
#: No: 2024 00123` is cut, for a person), and a till's `Chk 1187 12` goes on with covers.
#: A letter's prefix, a year and the count after it are one too (`N. FACTURE : F 24 09876`).
_GROUPED_ON = re.compile(
    r"(?:\d{1,6}(?:[-/]\d{1,10})*(?: \d{3,10}){2,4}|[A-Z]{1,3} \d{2,4}(?: \d{3,10}){1,3})"
    # Its date after it (`Rechnung Nr. R 25 004 512 vom 02.06.2025`).
    r"(?=\s*$|\s+(?:vom|du|del|dated|of)\s+\d)"
)
_NUMBER_ALONE = re.compile(
    r"^\W*(?:numb?er|no\.?|nr\.?|n[°º]\.?|num\.?|n[uú]m[eé]ro|nummer)"
    r"(?:\s*(?:de\s*)?(?:documento|document|doc\.))?\W*$",
    re.IGNORECASE,
)
#: The title alone, or with what kind of invoice it is (`SALES INVOICE`, `Faktura VAT`,
#: `Faktura – daňový doklad`, `Boleta de venta electrónica`, `Factura electrónica de
#: venta`), or in two languages (`Facture / Invoice`); a till's `CASH SALE` or `RECEIPT`.
_TITLE_ALONE = re.compile(
    r"^\W*(?:(?:sales|commercial|retail|vat|gst|final|pro[\s-]?forma)\s+"
    # A French building trade's progress bill (`Situation / Facture`).
    r"|situation\s*/\s*)?"
    rf"(?:{DOCUMENT_TITLE}|boleta|cash\s*sales?|(?:sales\s*)?receipt|recibo|fatura-recibo"
    r"|nota\s*de\s*cr[ée]dito)"
    # Or the kind said after it (Italy's `FATTURA ACCOMPAGNATORIA`, `Factura simplificada`).
    r"(?:\W*(?:vat|da[ňn]ov[ýy]\s*doklad|tax\s*document|accompagnatoria|differita|immediata"
    r"|simplificada|rectificativ[ae]|ordinaria"
    r"|(?:de\s*venta\s*)?electr[óo]nica(?:\s*de\s*venta)?"
    rf"|/\s*{DOCUMENT_TITLE}|-?\s*recibo))?\W*$",
    re.IGNORECASE,
)


def _translated(text: str) -> int:
    """How many characters of `text` repeat the label before it in another language, or
    say whose number it is (an inbox's `N° facture fournisseur:` beside its own `N° de
    pièce interne`)."""
    match = _TRANSLATION.match(text) or _SUPPLIERS.match(text)
    return match.end() if match else 0


_SUPPLIERS = re.compile(
    r"\s+(?:du\s+|des\s+)?(?:fournisseur|lieferanten?|supplier'?s?|vendor'?s?)\b(?=\s*[:|\u2003])",
    re.IGNORECASE,
)


def _title_cell(row: Row) -> Cell | None:
    """The document's title in a cell of its own: the whole row, or the cell beside a
    name or a logo's word (`nomadom | Facture / Invoice`) or the letterhead's address
    line (`Ingrosso alimentare - Settore C, box 21-24 | FATTURA ACCOMPAGNATORIA`)."""
    if _TITLE_ALONE.match(row.text):
        return row.cells[0]
    phrases = row.phrases()
    if (
        len(phrases) == 2
        and (_WORDS_ONLY.match(phrases[0].text) or _letterhead_line(phrases[0].text))
        and _TITLE_ALONE.match(phrases[1].text)
    ):
        return phrases[1]
    # A small title over its number in an info block, beside a letterhead's contact line
    # (`Facture | contact@alpesdatalab.fr` over `ADL-2024-078`).
    if len(phrases) == 2 and _TITLE_ALONE.match(phrases[0].text) and not _value_span(
        phrases[1].text
    ):
        return phrases[0]
    return None


def _letterhead_line(text: str) -> bool:
    """A line of the seller's address or trade, words with a few digits among them, not
    a field and its value (`Kunde 10488`)."""
    return len(re.findall(r"[^\W\d_]{2,}", text)) >= 4 and not amounts(text)


#: A name or a logo's word: letters, no digit.
_WORDS_ONLY = re.compile(r"^[^\W\d_][^\d]{0,39}$")


def _under_title(rows: Sequence[Row], index: int, title: Cell) -> Seen | None:
    """A reference alone on a line under the document's title (`Facture` over
    `F-2026-0058`, `FATURA` over a logo's words over `FT LD2024/1187`): the document's
    number, though no label names it; other columns' lines may stand between them."""
    for below in rows[index + 1 : index + 4]:
        if not 0 < below.y - rows[index].y <= 3 * title.height:
            return None
        references = [
            (phrase, (value, start + marked, end + marked))
            for phrase in below.phrases()
            # Or after a number's mark (`FATURA` over `N.º FAC 2025/0118734`).
            for marked in [_marked(phrase.text)]
            if _REFERENCE.fullmatch(phrase.text[marked:].strip())
            and (found := _value_span(phrase.text[marked:])) is not None
            for value, start, end in [found]
        ]
        if not references:
            continue
        chosen = next(
            (item for item in references if overlaps(item[0], title)),
            next((item for item in references if _abbreviates(item[1][0], title.text)), None),
        )
        if chosen is None:
            return None
        cell, (value, start, end) = chosen
        if len(re.sub(r"[\W_]", "", value)) < FOUND_ELSEWHERE:
            return None
        return Seen(value, 2, index, True, read_confidence(cell, start, end))
    return None


def _marked(text: str) -> int:
    """Where a reference starts after a number's mark opening `text` (`N.º `, `No. `,
    `#`), or 0."""
    mark = _NUMBER_MARK.match(text)
    return mark.end() if mark else 0


#: Or `N.` run into its value by the OCR (`N.V1/003412`; not `N.V.`, a Dutch form).
_NUMBER_MARK = re.compile(
    rf"^\W*(?:{_MARKS}|n\.(?=\s|[A-Z]?\d))\.?\s*:?\s*(?=\S)", re.IGNORECASE
)


_LETTERS_BEFORE = re.compile(r"([^\W\d_]{2,5})[\s/-]?\d")


def _abbreviates(value: str, title: str) -> bool:
    """Whether the reference's letters open by shortening the title over it, so that it
    names the document wherever the line sets it: `CS-10452` under `CASH SALE` (its
    initials), `INV 17-004512` under `TAX INVOICE`, `RCPT-0091` under `RECEIPT` (letters of
    one of its words, its first first)."""
    prefix = _LETTERS_BEFORE.match(value)
    if prefix is None:
        return False
    letters = prefix.group(1).upper()
    words = re.findall(r"[^\W\d_]+", title.upper())
    if len(words) >= 2 and letters == "".join(word[0] for word in words):
        return True
    return any(word.startswith(letters[0]) and _in_order(letters[1:], word[1:]) for word in words)


def _in_order(letters: str, word: str) -> bool:
    rest = iter(word)
    return all(letter in rest for letter in letters)


#: A letter the OCR reads for a digit, the only letter of a run of digits (`CS-00B812` for
#: `CS-008812`); not one of an order code's letters and digits (`GB5V7Q21MAEUI`).
_LETTER_FOR_DIGIT = re.compile(r"(?<![^\W_])\d+[BOSIZGDQ]\d+(?![^\W_])")
#: A letter prefix that opens with a zero or holds one between its letters, where
#: `_letters_for_digits` left it as read (`0INV 4471`, four letters; `P0S3-0027522`, run
#: into digits): an O the OCR may have read as the digit, for a person to look at.
_ZERO_FOR_O = re.compile(r"[A-Z]{0,3}0[A-Z]{1,3}(?:[-/ ]|\d)")


#: A reference's part as the OCR may read it, up to the separator after it: a zero for
#: an O (`0R-1706-0219`, `P0S-88120`), a small l for an I (`Tl-36637`).
_PREFIX = re.compile(r"([A-Z0l]{1,3}|[A-Z]{4,})[-/ ]")


def _letters_for_digits(value: str) -> str:
    """`OR-1706-0219` for `0R-1706-0219`, `TI-36637` for `Tl-36637`, `KPS/OR/23/11/0412`
    for `KPS/0R/23/11/0412`: the capital parts of up to three letters that open a
    reference, each before its separator, are letters only, as no till's or clerk's
    prefix puts a digit among its letters (`I-009798` for `l-009798`). A series ending
    in its digit (`A0-2291`) is one, and a prefix run straight into digits is left as
    read: a till's `T0R311541` may be till 0's."""
    start = 0
    while found := _PREFIX.match(value, start):
        part = found[1]
        if re.search(r"[0l]", part):
            # A small l is a letter too: alone it is an I (`l-009798`), never a one.
            letters = len(re.findall(r"[A-Zl]", part))
            # `00A-15090-5512` is a series of digits with its letter.
            if not letters or letters < part.count("0") or part[-1] == "0":
                break
            mended = part.replace("0", "O").replace("l", "I")
            value = value[: found.start(1)] + mended + value[found.end(1) :]
        start = found.end()
    return value


def doubts(best: Seen, seen: Sequence[Seen], rows: Sequence[Row]) -> list[str]:
    """Why `best` may be wrong, if anything says so."""
    reasons = []
    value = best.value
    if _AMOUNT.fullmatch(value):
        reasons.append("reads as an amount")
    compact = re.sub(r"[\W_]", "", value).upper()
    if is_iban(compact) or VAT_ID.fullmatch(compact):
        reasons.append("reads as a bank account or VAT id")
    if len(compact) < SHORTEST:
        reasons.append("too short for a reference")
    if best.cut:
        reasons.append("more digits follow it")
    if best.legible < SURE_CHARACTER:
        reasons.append("the OCR was unsure of it")
    if _ZERO_FOR_O.match(value):
        reasons.append("its letters hold a zero, an O misread")
    if _LETTER_FOR_DIGIT.search(value):
        reasons.append("a letter stands alone among its digits, a digit misread")
    if _printed_as_another(compact, best.row, rows):
        reasons.append("printed elsewhere as a phone number or tax id")
    # Another document named in a sentence (a credit note's `annule et remplace la facture
    # n° …`) is no rival of the number a label gives.
    # Nor is a table's bill number the receipt it was paid by was chosen over.
    rivals = {
        _key(found.value)
        for found in seen
        if found.weight == best.weight
        and (best.prose or not found.prose)
        and (found is best or _billed(best, rows) or not _billed(found, rows))
        and (found is best or not _bare_mark(found) or _bare_mark(best))
    }
    # A register's count of transactions the number ends in (`SLIP:0002100012345` over
    # `TRANS:12345`) backs it.
    own = _key(value)
    if len({key for key in rivals if key == own or not own.endswith(key)}) > 1:
        reasons.append("equally strong labels name different numbers")
    return reasons


def expects_number(text: str) -> bool:
    """A page that should carry a number, so a missing one needs a person: a bill (payment
    terms or bank details, and a bill's title or customer), not a till receipt; or any page
    that labels its own number (`Receipt No.`, `Reikningur nr.`) where none was read."""
    billed = PAYMENT_TERMS.search(text) and (
        BILL_WORDS.search(text) or CUSTOMER_LABELS.search(text)
    )
    return bool(billed) or any(label.search(text) for label, weight in NUMBER_LABELS if weight >= 2)


#: A date run into the end of a number whose own digits end in five or more before it.
_GLUED_DATE = re.compile(r"(?<=\d{5})(?:0[1-9]|[12]\d|3[01])/(?:0[1-9]|1[0-2])/(?:19|20)\d{2}$")


def _value_span(text: str) -> tuple[str, int, int] | None:
    """The reference at the start of `text` (with a digit, not a date; a short letter
    prefix set apart is kept: `CS 67832`, `FT LD2024/1187`), with where it starts and
    ends."""
    value = NUMBER_VALUE.match(text)
    if not value:
        return None
    number, end = value.group(1), value.end()
    glued = _GLUED_WORD.search(text, value.start(1))
    if glued and glued.start() < end:
        number, end = text[value.start(1) : glued.start()], glued.start()
    # The date the OCR ran into the number (`Check # 03-08378212/05/2016 15:05`).
    if dated := _GLUED_DATE.search(number):
        number, end = number[: dated.start()], value.start(1) + dated.start()
    # A year and its count set apart by a spaced slash (`2024 / 245`, as Teamleader prints).
    if re.fullmatch(r"\d{1,6}", number) and (slashed := _SPACED_SLASH.match(text, end)):
        number, end = text[value.start(1) : slashed.end()], slashed.end()
    if not any(ch.isdigit() for ch in number) and _PREFIX_ALONE.fullmatch(number):
        after = NUMBER_VALUE.match(text[end:])
        # A document type or prefix before its series and number: `FT LD2024/1187`,
        # `FS 1843/06/2024`, Colombia's `FEFT 3321`, `VK-RE 2024-33910`.
        # Not a label before its date (`DATE 10/02/2024`).
        if (
            after
            # Or a Portuguese series' own name before its count (`FR ATSIRE01FR/27`).
            and re.match(r"(?:[A-Z]{1,4}[-/]?)?\d|[A-Z][A-Z\d]{0,11}/\d", after.group(1))
            and not DATE_LABELS.search(number)
            # Nor a till's word for its terminal (`POS 01-238816`).
            and number.upper() != "POS"
        ):
            number, end = f"{number} {after.group(1)}", end + after.end()
    if not any(ch.isdigit() for ch in number):
        return None
    if re.fullmatch(r"\d{1,4}[./-]\d{1,2}[./-](?:\d{2}|(?:19|20)\d{2})", number):
        return None
    # A word with a letter read as a digit (`1NVOICE DATE`, a label under the label).
    if len(number) >= 5 and zipf(number.translate(_DIGITS_AS_LETTERS)) >= 3:
        return None
    # The day of a date written out (`Invoice 12th January 2026`).
    if any(
        found.start == value.start(1) and found.kind not in ("stamp", "compact")
        for found in find_dates(text)
    ):
        return None
    return number.replace("·", "-"), value.start(1), end


_DIGITS_AS_LETTERS = str.maketrans("015", "ois")


#: A document type's letters before its series and number, perhaps two of them joined.
_PREFIX_ALONE = re.compile(r"[A-Z]{1,4}(?:-[A-Z]{1,4})?")
_SPACED_SLASH = re.compile(r" ?/ ?\d{1,8}\b(?![/.,-]\d)")


def _beside(row: Row, index: int, offset: int, weight: int) -> Seen | None:
    """The value after the label on its line: in the label's own cell, or opening the
    next one and filling it (a cell that reads on, `88 Ridgway Street`, is another
    column's text, and the value is then looked for under the label). A viewer's cell
    naming the field's XML element or business term between them (`Invoice number |
    cbc:ID | RE-2024-4331`) is passed over."""
    if element := _ELEMENT_NAME.match(row.text, offset):
        offset = element.end()
    found = _value_span(row.text[offset:])
    if found is None:
        return None
    value, start, end = found
    label_at, _ = cell_at(row, max(offset - 1, 0))
    value_at, cell = cell_at(row, offset + start)
    if value_at != label_at and _reads_on(cell.text[offset + end - value_at :]):
        return None
    if value_at != label_at:
        value, start, end = _whole_group(cell, value, start, end)
    elif grouped := _GROUPED_ON.match(cell.text[offset + start - value_at :].rstrip()):
        value, end = grouped[0], start + len(grouped[0])
    legible = row.read_confidence(offset + start, offset + end)
    # What another column prints after it (`FACTURE N° FA-2025-0087 | 18 quai de la
    # Fosse`) is no more of it.
    rest = cell.text[offset + end - value_at :]
    return Seen(value, weight, index, False, legible, _continues(rest))


#: A cell naming an XML element (`cbc:ID`, `cac:OrderReference/cbc:ID`, `ram:ID`) or an
#: EN 16931 business term (`BT-1`), beside the field's label.
_ELEMENT_NAME = re.compile(
    rf"[\s:]*{COLUMN_SPACE}(?:[a-z]{{2,5}}:[A-Za-z]+(?:\s*/\s*[a-z]{{2,5}}:[A-Za-z]+)*|B[TG]-\d+)"
    rf"(?={COLUMN_SPACE})"
)


def _heads_its_column(row: Row, start: int, end: int) -> bool:
    """The label fills its cell, with no colon, and the value beside it is another
    cell's: a label over its value (`Credit Note Number` over `CN-0018`, as Xero sets
    it), which the next column's text may stand beside (the seller's `01743 555 201`)."""
    cell_start, cell = cell_at(row, start)
    return end < cell_start + len(cell.text) + 1 and not cell.text[end - cell_start :].strip()


def _set_under(rows: Sequence[Row], index: int, offset: int, weight: int) -> Seen | None:
    """The value under the label, starting where the label starts (a column's value set
    under its heading), not an address line or a label."""
    seen = _below(rows, index, offset, weight)
    if seen is None:
        return None
    label = cell_at(rows[index], offset)[1]
    under = [cell for row in rows[index + 1 : index + 3] for cell in row.phrases()]
    # Not a footer's sentence under the last field (`Booking ID | A-7PKQ3XN2VW` over
    # `Fares are inclusive of GST … ·UEN` / `201934512K·GST Reg.No.…`).
    next_line = rows[index + 1].phrases() if index + 1 < len(rows) else []
    if any(overlaps(c, label) and len(PROSE_WORD.findall(c.text)) >= 3 for c in next_line):
        return None
    aligned = (abs(cell.x - label.x) <= label.height for cell in under if seen.value in cell.text)
    return seen if any(aligned) else None


def _in_sentence(row: Row, end: int) -> bool:
    """Words go on after the label in its cell (`Merci d'indiquer le numéro de facture
    en référence.`): it is said in a sentence, and heads no column."""
    cell_start, cell = cell_at(row, max(end - 1, 0))
    rest = cell.text[end - cell_start :]
    return len(PROSE_WORD.findall(rest)) >= 2


def _whole_group(cell: Cell, value: str, start: int, end: int) -> tuple[str, int, int]:
    """The value read whole when the cell holding it is one number in digit groups
    (`5301 2266 8410`, `742 2145593021`, `#3318 2947 551`), else as found."""
    grouped = cell.text.strip().removeprefix("#")
    if _GROUPED.fullmatch(grouped) and grouped.startswith(value):
        return grouped, start, start + len(grouped)
    return value, start, end


#: The rest of a label wrapped onto the next line: words in lower case up to its colon.
_WRAPPED_LABEL_END = re.compile(r"[a-zà-ÿß][^\W\d_]*(?:[ -][^\W\d_]+){0,2}\s?:")


def _below(rows: Sequence[Row], index: int, offset: int, weight: int) -> Seen | None:
    """The value under a label that heads a column (`Invoice No.` over `INV-0042`), past
    a line of another block squeezed in between (`Amount Due (USD)` off to the side, a
    heading without a figure, another column's value wrapped over two lines)."""
    row = rows[index]
    label = cell_at(row, offset)[1]
    # Further down past a line with nothing in the label's column.
    reach = 3.0
    for under in range(index + 1, min(index + 3, len(rows))):
        below = rows[under]
        if not 0 < below.y - row.y <= reach * label.height:
            return None
        cell = next((cell for cell in below.phrases() if overlaps(cell, label)), None)
        cell = cell or _set_off_right(below, label, row)
        if cell is None:
            reach = 4.5
            continue
        if wrapped := _WRAPPED_LABEL_END.match(cell.text):
            # The label wrapped in its grid cell, its value beside its end (`N° facture` /
            # `fournisseur: | FAC-0824-118`).
            return _beside(below, index, below.text.find(wrapped[0]) + len(wrapped[0]), weight)
        if _ANOTHER_LABEL.match(cell.text):
            return None
        found = _value_span(cell.text)
        if found is not None and cell.x < label.x - 2 * label.height:
            # The column before ran into it (`TD04 - Nota di credito NC 3/24` under `Tipo
            # documento | Numero`): the box under the label, if it holds a value.
            box = next((c for c in below.cells if overlaps(c, label)), None)
            if box is not None and (in_box := _value_span(box.text)) is not None:
                cell, found = box, in_box
        if found is None:
            # Columns set close run into one phrase (`2024-05-20 2291` under `Fakturadatum
            # | Fakturanr`): the box under the label alone.
            cell = next((c for c in below.cells if overlaps(c, label)), cell)
            found = _value_span(cell.text)
        if found is None:
            if any(ch.isdigit() for ch in cell.text):
                return None
            continue
        value, start, end = _whole_group(cell, *found)
        if _column_of_items(rows, under, cell, value):
            return None
        # A house number opening an address line (`102 cours Lafayette - 69003 Lyon` under
        # a tagline's `Transaction`).
        if re.fullmatch(r"\d{1,4}", value) and re.match(r",?\s+[^\W\d_]{2,}", cell.text[end:]):
            return None
        legible = read_confidence(cell, start, end)
        return Seen(value, weight, index, True, legible, _continues(cell.text[end:]))
    return None


def _set_off_right(below: Row, label: Cell, row: Row) -> Cell | None:
    """The value under the last label of its row set a little to the right of it, as a
    statement's or a printed form's boxes hold them (`STATEMENT NO.` over `25-0409-3317`,
    `TAX INVOICE NO` over `3318`, starting within three letters' height of the label's
    end)."""
    if label is not row.cells[-1]:
        return None
    return next(
        (
            cell
            for cell in below.phrases()
            if label.right <= cell.x <= label.right + 3 * label.height
        ),
        None,
    )


#: A field of its own under the label (`IBAN : FR76 2442 …`, `BIC: CMCIFRPP`), not its value.
_ANOTHER_LABEL = re.compile(r"^\s*[^\W\d_][^\W\d_.]*(?:[ .][^\W\d_]+){0,2}\.?\s*[:：]")


def _column_of_items(rows: Sequence[Row], index: int, cell: Cell, value: str) -> bool:
    """Another reference of the same shape under the value, in its column a few lines
    down: the label heads a table's column (a freight bill's consignor's `Inv. No.` per
    consignment), not the document's own number. Another heading under it (`Rechnung
    Nr.` over `10251183`, then `Lieferschein-Nr.` over `30250141`) starts another row of
    an info grid."""
    shape = re.sub(r"\d", "0", value)
    for below in rows[index + 1 : index + 4]:
        for other in below.phrases():
            if not overlaps(other, cell):
                continue
            if not any(ch.isdigit() for ch in other.text):
                return False
            found = _value_span(other.text)
            if found and found[0] != value and re.sub(r"\d", "0", found[0]) == shape:
                return True
    return False


def _reads_on(rest: str) -> bool:
    """Words follow the value in its cell: it is part of a sentence or an address."""
    return sum(ch.isalpha() for ch in rest) >= 3 and not find_dates(rest)


def _continues(rest: str) -> bool:
    """Whether the text after a value starts with what may be more of it (`2024 00123`,
    `V015- 673381` with the space OCR put after the hyphen), not a date, a time or an
    amount."""
    if re.match(r"-\s+\d", rest):
        return True
    token = _NEXT_TOKEN.match(rest)
    if not token or not _REFERENCE_PART.fullmatch(token.group(1)):
        return False
    part = token.group(1)
    return not (find_dates(part) or _AMOUNT.fullmatch(part) or re.fullmatch(r"\d+:\d+", part))


#: How many characters (a country or area code) may stand between a label and its value.
_LABEL_TO_VALUE = 6


def _printed_as_another(compact: str, row: int, rows: Sequence[Row]) -> bool:
    """Whether the value follows a phone, fax, bank or tax-id label on another row: right
    after it (`Tel: +44 20 7946 0018`), not further on in a sentence that names the
    invoice (`IBAN NL51 RABO 0318 4477 12, BIC RABONL2U, quoting VFR26-004187`)."""
    if len(compact) < FOUND_ELSEWHERE:
        return False
    for index, other in enumerate(rows):
        if index == row:
            continue
        for labels in (OTHER_NUMBER_LABELS, TAX_ID):
            for match in labels.finditer(other.text):
                rest = re.sub(r"[\W_]", "", other.text[match.end() :]).upper()
                if compact in rest[: len(compact) + _LABEL_TO_VALUE]:
                    return True
    return False


def _key(value: str) -> str:
    return re.sub(r"[\W_]", "", value).upper()
