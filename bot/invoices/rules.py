"""Invoice fields from OCR rows by rules: keywords, layout and arithmetic.

Each field is chosen among candidates by evidence (the vendor in
`bot.invoices.vendor`, line items in `bot.invoices.line_items`, the label words
in `bot.invoices.labels`). A total is a number beside a
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
from bot.invoices.fields import Invoice
from bot.invoices.labels import (
    CASH_LABELS,
    CHANGE_LABELS,
    DATE_LABELS,
    NOT_ISSUE_DATE,
    NOT_TAX,
    NOT_TOTAL,
    NOT_TOTAL_FOR_SUBTOTAL,
    NUMBER_LABELS,
    NUMBER_VALUE,
    SUBTOTAL_LABELS,
    TAX_ID,
    TAX_INCLUDED,
    TAX_LABELS,
    TOTAL_LABELS,
)
from bot.invoices.layout import Row
from bot.invoices.line_items import find_line_items
from bot.invoices.vendor import find_vendor


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

    vendor = find_vendor(rows)
    if vendor:
        invoice.vendor, confidence["vendor"] = vendor
    number = _invoice_number(rows)
    if number:
        invoice.invoice_number, confidence["invoice_number"] = number
    date = _issue_date(rows, day_first=_day_first(text, invoice.currency), today=today)
    if date:
        invoice.issue_date, confidence["issue_date"] = date

    end = total.row if total is not None else len(rows)
    invoice.line_items = find_line_items(rows, end)
    if invoice.line_items:
        summed = sum(Decimal(str(item.amount)) for item in invoice.line_items if item.amount)
        adds_up = any(
            found is not None and abs(found.value - summed) <= Decimal("0.01")
            for found in (subtotal, total)
        )
        confidence["line_items"] = 0.85 if adds_up else 0.5
    invoice.confidence = {key: round(value, 2) for key, value in confidence.items()}
    return invoice


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
