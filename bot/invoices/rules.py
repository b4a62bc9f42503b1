"""Invoice fields from OCR rows by rules: keywords, layout and arithmetic.

Each field is chosen among candidates by evidence. A total is a number beside a
total-like label ("Grand total", "Amount due", "合计" …), or below one, and is
believed more when it equals subtotal + tax or cash − change. Confidence says
how much evidence there was, lowered by the OCR confidence of the row it came
from. Labels in English, Malay, Dutch, German, French and Chinese.
"""

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from bot.invoices.amounts import Amount, amounts, guess_currency
from bot.invoices.dates import find_dates, plausible
from bot.invoices.fields import Invoice, LineItem
from bot.invoices.layout import Cell, Row


def _words(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(patterns), re.IGNORECASE)


TOTAL_LABELS: tuple[tuple[re.Pattern[str], int], ...] = (
    (
        _words(
            r"grand\s*total",
            r"total\s*payable",
            r"amount\s*(?:due|payable)",
            r"balance\s*due",
            r"total\s*due",
            r"net+\s*total",
            r"total\s*rounded",
            r"rounded\s*total",
            r"total\s*after\s*round",
            r"te\s*betalen",
            r"gesamtbetrag",
            r"montant\s*total",
            r"价税合计",
            r"小写",
            r"应付金额",
            r"实付",
        ),
        3,
    ),
    (_words(r"total", r"totaal", r"summe", r"合\s*计", r"总\s*计", r"jumlah"), 2),
)
NOT_TOTAL = _words(
    r"su[bp]+[\s\-.]*t[o0]ta",
    r"subtotaal",
    r"小计",
    r"total\s*[(:]?\s*(?:qty|quantity|items?|savings?|disc|excl|before|tax|gst|vat|sst|\d+\s*%"
    r"|supplies|weight|pcs|units?|points?|count|lines?)",
    r"excl",
    r"exclusi",
    r"item\s*count",
    r"(?:tax|gst|vat)\s*total",
    r"in(?:cluded)?\s*in\s*total",
    r"saving",
    r"不含税",
)
SUBTOTAL_LABELS = _words(
    r"su[bp]+[\s\-.]*t[o0]ta",
    r"(?<!价税)合\s*计",
    r"subtotaal",
    r"zwischensumme",
    r"小\s*计",
    r"total\s*[(:]?\s*excl",
    r"excluding\s*(?:gst|vat|tax)",
    r"exclusief\s*btw",
    r"before\s*tax",
    r"金额合计",
    r"不含税",
)
TAX_LABELS = _words(
    r"\b(?:gst|vat|sst|tax|btw|mwst|iva|tva|ppn)\b",
    r"税\s*额",
    r"税\s*金",
    r"增值税",
)
NOT_TAX = _words(
    r"(?:gst|vat|sst|tax|btw)\s*[-/]?\s*(?:id|reg|no\b|number|ref|#|invoice|summary)",
    r"reg\.?\s*no",
    r"total",
    r"supplies",
    r"excl",
    r"totaal",
    r"税号",
    r"识别号",
    r"summary",
)
TAX_INCLUDED = _words(
    r"(?:gst|vat|tax|btw|sst)\b.{0,24}\b(?:incl|inclusive|included)",
    r"\b(?:incl|inclusive|included|inc)\b\.?.{0,12}(?:gst|vat|tax|btw|sst)",
    r"价税合计",
    r"含税",
)
CASH_LABELS = _words(r"\bcash\b", r"tunai", r"\bpaid\b", r"tender", r"现金", r"\bpayment\b")
CHANGE_LABELS = _words(r"\bchange\b", r"\bbaki\b", r"找零", r"找赎")
DATE_LABELS = _words(
    r"dat(?:e|um)",
    r"tarikh",
    r"日期",
    r"fecha",
    r"\bdd\b",
)
NOT_ISSUE_DATE = _words(
    r"due",
    r"order",
    r"expir",
    r"\bexp\b",
    r"valid",
    r"deliver",
    r"ship",
    r"print",
    r"period",
    r"birth",
    r"closed?",
    r"vervaldatum",
    r"到期",
)
NUMBER_LABELS: tuple[tuple[re.Pattern[str], int], ...] = (
    (
        _words(
            r"(?:tax\s*)?invoice\s*(?:no|number|num|#)",
            r"\binv\.?\s*(?:no|#)",
            r"factuurnummer",
            r"rechnungs?\s*nr",
            r"rechnungsnummer",
            r"n[°o]\s*de\s*facture",
            r"发票号码",
        ),
        3,
    ),
    (
        _words(
            r"receipt\s*(?:no|number|#)",
            r"\bbill\s*(?:no|number|#)",
            r"bil+\s*#",
            r"(?:cash\s*)?inv\s*no",
            r"document\s*(?:no|number)",
            r"doc\s*no",
            r"slip\s*no",
            r"c/n\s*no",
            r"单\s*号",
            r"票据号",
        ),
        2,
    ),
    (
        _words(
            r"\bref(?:erence)?\s*(?:no|#)?", r"trans(?:action)?\s*(?:no|#)?", r"order\s*(?:no|#|id)"
        ),
        1,
    ),
)
TAX_ID = _words(
    r"(?:gst|vat|sst|tax|btw)\s*(?:id|reg|ref|no\b|number|#)", r"\bco\.?\s*(?:no|reg)", r"税号"
)
NUMBER_VALUE = re.compile(r"^[\s.:：#]*#?\s*([A-Z0-9][A-Z0-9\-_/.]*[A-Z0-9])", re.IGNORECASE)
VENDOR_LABELS = _words(
    r"(?:sold\s*by|seller|vendor|supplier|merchant|issued\s*by|销售方(?:名称)?|销方|收款单位)"
    r"\s*[:：]\s*(?P<name>.+)",
)
#: OCR confidence below which a header line is more likely a logo or noise than a name.
LEGIBLE = 0.8
CUSTOMER_LABELS = _words(
    r"bill(?:ed)?\s*to",
    r"ship(?:ped)?\s*to",
    r"sold\s*to",
    r"deliver\s*to",
    r"customer",
    r"\bbuyer",
    r"购买方",
    r"购方",
    r"客户",
)
COMPANY_WORDS = _words(
    r"\bsdn\.?\s*bhd\b",
    r"\bs/b\b",
    r"\bbhd\b",
    r"\bltd\b",
    r"\blimited\b",
    r"\bllc\b",
    r"\binc\b",
    r"\bcorp",
    r"\bco\.",
    r"\bcompany\b",
    r"\bgmbh\b",
    r"\bb\.v\.",
    r"\bpte\b",
    r"\benterprise",
    r"\btrading\b",
    r"\brestaurant\b",
    r"\brestoran\b",
    r"\bstore\b",
    r"\bmart\b",
    r"\bshop\b",
    r"\bcaf[eé]\b",
    r"\bbakeries\b",
    r"\bhardware\b",
    r"\bpharmacy\b",
    r"\bsupermarket\b",
    r"\bhypermarket\b",
    r"\bminimarket\b",
    r"\bkedai\b",
    r"\bpasaraya\b",
    r"\bsyarikat\b",
    r"\bperniagaan\b",
    r"\bbakery\b",
    r"\bstationery\b",
    r"\bbookstore\b",
    r"公司",
    r"商店",
    r"超市",
    r"商行",
    r"餐厅",
    r"酒店",
)
NOT_VENDOR = _words(
    r"invoice",
    r"receipt",
    r"\bbill\b",
    r"factuur",
    r"facture",
    r"rechnung",
    r"发票",
    r"收据",
    r"\btel\b",
    r"\bfax\b",
    r"phone",
    r"\bgst\b",
    r"\bvat\b",
    r"reg\b",
    r"\bco\.?\s*no",
    r"company\s*no",
    r"www\.",
    r"http",
    r"@",
    r"\bdate\b",
    r"cashier",
    r"\btable\b",
    r"\bjalan\b",
    r"\bjln\b",
    r"\broad\b",
    r"\bstreet\b",
    r"\bavenue\b",
    r"\blot\b",
    r"\btaman\b",
    r"\bno\s*[.:]",
    r"\b\d{5,6}\b",
    r"welcome",
    r"thank",
    r"省",
    r"路",
    r"号",
    r"copy",
    r"original",
    r"^[\W\d]*$",
    r"bill\s*to",
    r"ship\s*to",
    r"sold\s*to",
    r"terms",
    r"customer",
    r"#\s*\d",
    r"\battn",
    r"deliver",
    r"page\s*\d",
    r"购买方",
    r"购方",
)
ITEM_HEADER_WORDS = _words(
    r"\bitem",
    r"desc",
    r"\bqty\b",
    r"quantity",
    r"price",
    r"amount",
    r"\bamt\b",
    r"\bunit\b",
    r"\brate\b",
    r"\bu/p\b",
    r"\btotal\b",
    r"artikel",
    r"aantal",
    r"prijs",
    r"数量",
    r"单价",
    r"金额",
    r"名称",
    r"menu",
)


@dataclass(frozen=True)
class _Found:
    value: Decimal
    row: int
    score: float
    confidence: float


def extract(rows: Sequence[Row], today: dt.date | None = None) -> Invoice:
    """All fields that the rows give evidence for, each with its confidence."""
    text = "\n".join(row.text for row in rows)
    invoice = Invoice()
    confidence: dict[str, float] = {}

    currency, sure = guess_currency(text)
    if currency:
        invoice.currency, confidence["currency"] = currency, sure

    subtotal = _labelled_amount(rows, SUBTOTAL_LABELS, NOT_TOTAL_FOR_SUBTOTAL, last=False)
    tax = _labelled_amount(rows, TAX_LABELS, NOT_TAX, last=True)
    invoice.tax_included = bool(TAX_INCLUDED.search(text))
    total = _total(rows, subtotal, tax, invoice.tax_included)
    for name, found in (("subtotal", subtotal), ("tax", tax), ("total", total)):
        if found is not None:
            setattr(invoice, name, float(found.value))
            confidence[name] = found.confidence

    vendor = _vendor(rows)
    if vendor:
        invoice.vendor, confidence["vendor"] = vendor
    number = _invoice_number(rows)
    if number:
        invoice.invoice_number, confidence["invoice_number"] = number
    date = _issue_date(rows, day_first=_day_first(text, invoice.currency), today=today)
    if date:
        invoice.issue_date, confidence["issue_date"] = date

    end = total.row if total is not None else len(rows)
    invoice.line_items = _line_items(rows, end)
    if invoice.line_items:
        summed = sum(Decimal(str(item.amount)) for item in invoice.line_items if item.amount)
        adds_up = any(
            found is not None and abs(found.value - summed) <= Decimal("0.01")
            for found in (subtotal, total)
        )
        confidence["line_items"] = 0.85 if adds_up else 0.5
    invoice.confidence = {key: round(value, 2) for key, value in confidence.items()}
    return invoice


NOT_TOTAL_FOR_SUBTOTAL = _words(r"\bqty\b", r"quantity", r"items?\b", r"count")


def _row_confidence(row: Row, sure: float) -> float:
    return min(sure, 0.5 + 0.5 * row.confidence)


def _after(row: Row, match: re.Match[str]) -> list[Amount]:
    return [amount for amount in amounts(row.text) if amount.start >= match.end()]


def _labelled_amount(
    rows: Sequence[Row], labels: re.Pattern[str], exclude: re.Pattern[str], *, last: bool
) -> _Found | None:
    """The first row with `labels` (not `exclude`) and an amount after the label; with
    `last`, the row's last amount (tax tables: rate, base, tax)."""
    for index, row in enumerate(rows):
        match = labels.search(row.text)
        if not match or exclude.search(row.text):
            continue
        found = _after(row, match) or _below(rows, index)
        if found:
            chosen = found[-1] if last else found[0]
            return _Found(chosen.value, index, 1.0, _row_confidence(row, 0.85))
    return None


def _below(rows: Sequence[Row], index: int) -> list[Amount]:
    """Amounts printed under a label that has none, on a row with nothing else."""
    if index + 1 >= len(rows):
        return []
    label, below = rows[index], rows[index + 1]
    height = max(cell.height for cell in label.cells)
    if below.y - label.y > 2.2 * height:
        return []
    found = amounts(below.text)
    leftover = re.sub(r"[\d.,\s:$€£¥￥-]|RM|[A-Z]{3}", "", below.text)
    return found if found and len(leftover) <= 1 else []


def _first_amount(rows: Sequence[Row], labels: re.Pattern[str]) -> Decimal | None:
    for row in rows:
        match = labels.search(row.text)
        if match:
            found = _after(row, match)
            if found:
                return found[0].value
    return None


def _total(
    rows: Sequence[Row], subtotal: _Found | None, tax: _Found | None, tax_included: bool
) -> _Found | None:
    cash = _first_amount(rows, CASH_LABELS)
    change = _first_amount(rows, CHANGE_LABELS)
    expected: set[Decimal] = set()
    if cash is not None and change is not None and cash > abs(change):
        expected.add(cash - abs(change))
    if subtotal is not None:
        expected.add(subtotal.value + (tax.value if tax and not tax_included else 0))

    candidates: list[_Found] = []
    for index, row in enumerate(rows):
        if NOT_TOTAL.search(row.text) or CASH_LABELS.search(row.text):
            labelled = None
        else:
            labelled = next(
                ((m, w) for pattern, w in TOTAL_LABELS if (m := pattern.search(row.text))), None
            )
        if labelled is not None:
            match, weight = labelled
            after = _after(row, match)
            found = after[:1] or _below(rows, index)[:1]
            for amount in found:
                agrees = amount.value in expected
                score = 3 * weight + 2 * agrees + index / (10 * len(rows))
                sure = 0.97 if agrees else 0.85 if weight == 3 else 0.8
                candidates.append(_Found(amount.value, index, score, _row_confidence(row, sure)))
        else:
            for amount in amounts(row.text):
                if amount.value in expected and amount.value > 0:
                    score = 2 + index / (10 * len(rows))
                    candidates.append(_Found(amount.value, index, score, _row_confidence(row, 0.7)))
    if not candidates:
        return _largest_repeated(rows)
    best = max(candidates, key=lambda found: found.score)
    if best.value <= 0:
        return None
    return best


def _largest_repeated(rows: Sequence[Row]) -> _Found | None:
    """Without a total label or arithmetic: the largest amount printed twice (a total
    is usually repeated as the amount paid), not sure enough to go unchecked."""
    seen: dict[Decimal, list[int]] = {}
    for index, row in enumerate(rows):
        if CHANGE_LABELS.search(row.text):
            continue
        for amount in amounts(row.text):
            if amount.value > 0:
                seen.setdefault(amount.value, []).append(index)
    repeated = [value for value, where in seen.items() if len(where) >= 2]
    if not repeated:
        return None
    value = max(repeated)
    return _Found(value, seen[value][-1], 0.0, 0.5)


def _vendor(rows: Sequence[Row]) -> tuple[str, float] | None:
    """A `Sold by:` label, else the name at the top: the first header line that is
    not a title, address, phone or registration, preferring one that reads like a
    company. Lines are looked at one by one because rows can span two columns."""
    for row in rows:
        match = VENDOR_LABELS.search(row.text)
        if match:
            name = _clean_vendor(match.group("name"))
            if name:
                return name, _row_confidence(row, 0.9)
    header = rows[: max(6, len(rows) // 3)][:12]
    customer = _customer_block(header)
    candidates = [
        (index, cell)
        for index, row in enumerate(header)
        for cell in row.phrases()
        if _may_name(cell.text) and (index, cell.x) not in customer
    ]
    legible = [item for item in candidates if item[1].confidence >= LEGIBLE]
    candidates = legible or candidates
    if not candidates:
        return None
    named = [item for item in candidates[:5] if COMPANY_WORDS.search(item[1].text)]
    index, cell = named[0] if named else candidates[0]
    parts = [cell]
    top = index
    while named and top > 0 and len(parts) < 4:
        above = _cells_near(header[top - 1], cell, below=False)
        if not above or any(COMPANY_WORDS.search(c.text) or not _may_name(c.text) for c in above):
            break
        parts[:0] = above
        top -= 1
    name = " ".join(part.text for part in parts)
    if name.count("(") > name.count(")") and index + 1 < len(header):
        name += " " + " ".join(c.text for c in _cells_near(header[index + 1], cell, below=True))
    name = _clean_vendor(name)
    if not name:
        return None
    first = candidates[0][1] is cell
    sure = 0.85 if named else 0.7 if first and index == 0 else 0.5
    return name, min(sure, 0.5 + 0.5 * cell.confidence)


def _customer_block(rows: Sequence[Row]) -> set[tuple[int, float]]:
    """Cells under a `Bill to:` / `Ship to:` label: the customer's name and address."""
    hidden: set[tuple[int, float]] = set()
    for index, row in enumerate(rows):
        for label in row.phrases():
            if CUSTOMER_LABELS.search(label.text):
                for later in range(index + 1, min(len(rows), index + 5)):
                    hidden.update(
                        (later, c.x) for c in rows[later].phrases() if _overlaps(c, label)
                    )
    return hidden


def _may_name(text: str) -> bool:
    cleaned = _clean_vendor(text)
    return (
        sum(ch.isalpha() for ch in cleaned) >= 4
        and not NOT_VENDOR.search(cleaned)
        and not _is_code(cleaned)
    )


def _cells_near(row: Row, cell: Cell, *, below: bool) -> list[Cell]:
    """The cells of a neighbouring `row` under or over `cell`, if the lines are close."""
    near = []
    for other in row.phrases():
        gap = other.y - cell.y if below else cell.y - other.y
        if _overlaps(other, cell) and 0 < gap <= 1.8 * cell.height:
            near.append(other)
    return near


def _overlaps(one: Cell, other: Cell) -> bool:
    return min(one.right, other.right) - max(one.x, other.x) > 0


def _is_code(text: str) -> bool:
    """Short reference codes printed above the name (`A04061`, `31824055`)."""
    compact = text.replace(" ", "")
    return len(compact) <= 10 and sum(ch.isdigit() for ch in compact) >= len(compact) / 2


def _clean_vendor(name: str) -> str:
    """Without registration numbers: `(Co. No. 113825-W)`, `(519537-X)`, `(139386 X)`."""
    name = re.sub(r"\(\s*(?:co\.?\s*(?:no|reg)|reg|gst)[^)]*\)?", "", name, flags=re.I)
    name = re.sub(r"\(\s*[\dA-Z]*\d[\dA-Z\s-]*\)?\s*$", "", name)
    name = re.sub(r"\s\d{5,}-?[A-Z]?\s*$", "", name)
    return " ".join(name.split()).strip(" ,:-")


def _invoice_number(rows: Sequence[Row]) -> tuple[str, float] | None:
    best: tuple[int, str, Row] | None = None
    for row in rows:
        if TAX_ID.search(row.text):
            continue
        for pattern, weight in NUMBER_LABELS:
            match = pattern.search(row.text)
            if not match or (best is not None and best[0] >= weight):
                continue
            value = NUMBER_VALUE.match(row.text[match.end() :])
            if value and any(ch.isdigit() for ch in value.group(1)):
                best = (weight, value.group(1), row)
    if best is None:
        return None
    weight, number, row = best
    return number, _row_confidence(row, {3: 0.9, 2: 0.8, 1: 0.5}[weight])


def _day_first(text: str, currency: str | None) -> bool:
    """Numeric dates read the way this document's unambiguous ones are, else by currency."""
    orders = {
        found.day_first
        for found in find_dates(text)
        if found.kind == "num" and not found.ambiguous and found.date.day != found.date.month
    }
    if len(orders) == 1:
        return orders.pop()
    return currency != "USD"


def _issue_date(
    rows: Sequence[Row], day_first: bool, today: dt.date | None
) -> tuple[str, float] | None:
    scored: list[tuple[float, int, dt.date, float]] = []
    for index, row in enumerate(rows):
        for found in find_dates(row.text, day_first=day_first):
            if not plausible(found.date, today):
                continue
            before = row.text[: found.start]
            score = 0.0
            if DATE_LABELS.search(before) or DATE_LABELS.search(
                rows[index - 1].text if index else ""
            ):
                score += 2
            if NOT_ISSUE_DATE.search(before):
                score -= 3
            sure = 0.95 if score >= 2 else 0.8
            if found.ambiguous:
                sure -= 0.15
            scored.append((score, -index, found.date, _row_confidence(row, sure)))
    if not scored:
        return None
    score, _, date, sure = max(scored)
    if len({item[2] for item in scored}) > 1 and score < 2:
        sure -= 0.2
    return date.isoformat(), sure


def _line_items(rows: Sequence[Row], end: int) -> list[LineItem]:
    """Rows between the table header and the first total-like row. A description may
    sit on the amount's row, on the row above it, or (per table) on the row below."""
    header = next(
        (
            index
            for index, row in enumerate(rows[:end])
            if len({m.group(0).lower() for m in ITEM_HEADER_WORDS.finditer(row.text)}) >= 2
            and not amounts(row.text)
        ),
        None,
    )
    if header is None:
        return []
    table: list[tuple[str, list[Amount], Row]] = []
    for row in rows[header + 1 : end]:
        if any(pattern.search(row.text) for pattern in STOP_ITEMS):
            break
        found = amounts(row.text)
        table.append((_description(row, found), found, row))
    first = next((i for i, (_, found, _) in enumerate(table) if found), None)
    below = (
        first is not None
        and not table[first][0]
        and (first == 0 or table[first - 1][1] or not table[first - 1][0])
    )
    items: list[LineItem] = []
    for index, (words, found, row) in enumerate(table):
        if not found:
            continue
        if not words:
            near = index + 1 if below else index - 1
            if 0 <= near < len(table) and not table[near][1]:
                words = table[near][0]
        amount = found[-1].value
        qty = _quantity(row, found)
        unit = found[-2].value if len(found) >= 2 else None
        if unit is None and qty:
            unit = (amount / Decimal(str(qty))).quantize(Decimal("0.01"))
        items.append(
            LineItem(
                description=words or "(no description)",
                qty=qty,
                unit_price=float(unit) if unit is not None else None,
                amount=float(amount),
            )
        )
    return items


STOP_ITEMS = (
    SUBTOTAL_LABELS,
    NOT_TOTAL,
    *(pattern for pattern, _ in TOTAL_LABELS),
    CASH_LABELS,
    CHANGE_LABELS,
    _words(r"rounding", r"\bgst\b", r"\bvat\b", r"\bsst\b", r"service\s*charge", r"discount"),
)


def _description(row: Row, found: list[Amount]) -> str:
    """The words left of the row's first amount, without the quantity and lone letters
    (tax codes) printed between the description and the amounts."""
    text = row.text[: found[0].start] if found else row.text
    words = text.split()
    while words and QTY_OR_CODE.fullmatch(words[-1]):
        words.pop()
    while words and QTY_OR_CODE.fullmatch(words[0]) and not words[0].isdigit():
        words.pop(0)
    joined = " ".join(words)
    return joined if sum(ch.isalpha() for ch in joined) >= 2 else ""


QTY_OR_CODE = re.compile(r"\d{1,3}|\d{1,4}\s*[xX*@]|[xX*@:]|[^\W\d_]|\(?RM\)?")


def _quantity(row: Row, found: list[Amount]) -> float | None:
    """`2 x 9.50`, `2pc`, `3 @ 1.00`, or a cell holding just a small whole number."""
    match = re.search(r"(?<![\d.])(\d{1,4}(?:\.\d+)?)\s*(?:x|X|\*|@|pcs|pc)(?![A-Za-z])", row.text)
    if match:
        return float(match.group(1))
    whole = [cell.text for cell in row.cells if re.fullmatch(r"\d{1,3}", cell.text.strip())]
    return float(whole[0]) if whole and int(whole[0]) > 0 else None
