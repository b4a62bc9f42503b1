"""Invoice fields from OCR rows by rules: keywords, layout and arithmetic.

Each field is chosen among candidates by evidence: the sums in `bot.invoices.sums`,
the vendor in `bot.invoices.vendor`, the number in `bot.invoices.numbers`, the issue
date in `bot.invoices.issue_date`, line items in `bot.invoices.line_items`, the label
words in `bot.invoices.labels`. Confidence says how much evidence there was, lowered by
the OCR confidence of the row it came from. Labels in the languages
`bot.invoices.labels` lists.
"""

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from bot.invoices.amounts import counted_in, guess_currency, stated_currency
from bot.invoices.cents_columns import joined_cents
from bot.invoices.fields import Invoice, LineItem
from bot.invoices.fine_print import accreditation_rows
from bot.invoices.in_words import amounts_in_words, contradicts, one_digit_off
from bot.invoices.issue_date import issue_date
from bot.invoices.layout import Row
from bot.invoices.line_items import find_line_items
from bot.invoices.mail import read_mail, without_interface
from bot.invoices.numbers import expects_number, invoice_number
from bot.invoices.sums import find_sums
from bot.invoices.tax_eras import out_of_era
from bot.invoices.totals import Found, point_lost_total
from bot.invoices.validate import SURE
from bot.invoices.vendor import find_vendor
from bot.invoices.viewer import without_term_codes
from bot.invoices.wrapped import joined_wrapped_names
from bot.invoices.xml_print import printed_einvoice

#: More characters than a line across the widest page holds in the smallest type.
LONGEST_ROW = 500
#: The confidence of an amount due that a due label prints but no sum from the total
#: makes (`bot.invoices.amount_due.printed_due`): below `SURE`, for a person to check.
UNEXPLAINED_DUE = 0.5
#: A date outside the years the tax the page prints was levied: below `SURE`.
OUT_OF_ERA = 0.5
#: A currency the total's own row prints, against the rest of the page: likely, not sure.
STATED = 0.9
#: How sure the date a mail was sent is the date of a document in it that prints none.
MAILED_ONLY = 0.6
#: A total that is not the amount the page writes out in words (nor its amount due).
WORDS_DISAGREE = 0.5
#: A total the page writes out in words too.
WORDS_AGREE = 0.85


def extract(rows: Sequence[Row], today: dt.date | None = None) -> Invoice:
    """All fields that the rows give evidence for, each with its confidence. A row longer
    than any printed line (`LONGEST_ROW`) is left out: only a broken or hostile text layer
    makes one, and reading it would take time that grows with its square."""
    rows = without_interface([row for row in rows if len(row.text) <= LONGEST_ROW])
    rows = joined_wrapped_names(without_term_codes(rows))
    rows = joined_cents(rows)
    mail = read_mail(rows)
    aside = mail.chrome | accreditation_rows(rows)
    rows = [row for index, row in enumerate(rows) if index not in aside]
    text = "\n".join(row.text for row in rows)
    invoice = Invoice()
    confidence: dict[str, float] = {}

    currency, sure = guess_currency(text)
    if currency:
        invoice.currency, confidence["currency"] = currency, sure

    with counted_in(currency):
        sums = find_sums(rows, text)
        invoice.tax_included = sums.tax_included
        invoice.rounding = float(sums.rounding) if sums.rounding is not None else None
        if sums.charges is not None:
            invoice.charges = float(sums.charges)
        if sums.line_total is not None:
            invoice.line_total = float(sums.line_total)
        subtotal, tax, total = sums.subtotal, sums.tax, sums.total
        if total is None or total.confidence < SURE:
            total = point_lost_total(rows, lambda end: _items_sum(rows, end)) or total
        for name, found in (("subtotal", subtotal), ("tax", tax), ("total", total)):
            if found is not None:
                setattr(invoice, name, float(found.value))
                confidence[name] = found.confidence
        if total is not None and (stated := _stated(rows, total, currency)):
            invoice.currency, confidence["currency"] = stated, min(total.confidence, STATED)
        if sums.amount_due is not None:
            invoice.amount_due = float(sums.amount_due)
            # Made from the total, it is as sure as the total; only printed, it is a guess.
            confidence["amount_due"] = (
                UNEXPLAINED_DUE if sums.due_unexplained else confidence.get("total", 0.0)
            )

        written = amounts_in_words(rows) if invoice.total is not None else []
        if written and not contradicts(written, invoice.total):
            # The total the page also writes out in words, to the cent (an official
            # receipt's `RM 3,450.60` beside no label of its own).
            confidence["total"] = max(confidence.get("total", 0.0), WORDS_AGREE)
        elif written and contradicts(written, invoice.total, invoice.amount_due):
            confidence["total"] = min(confidence.get("total", 0.0), WORDS_DISAGREE)
            if invoice.amount_due is None and (near := one_digit_off(written, invoice.total)):
                invoice.total = float(near.copy_sign(Decimal(str(invoice.total))))

        vendor = find_vendor(rows, mail)
        if vendor:
            invoice.vendor, confidence["vendor"] = vendor
        number = invoice_number(rows)
        if number:
            invoice.invoice_number = " ".join(number[0].split())
            confidence["invoice_number"] = number[1]
        invoice.expects_number = expects_number(text)
        date = issue_date(rows, text, currency, today, mail.sent, sure)
        if date is None and mail.sent is not None:
            # An order confirmation mailed with no date of its own: sent when it was made,
            # or forwarded later.
            date = mail.sent.isoformat(), MAILED_ONLY
        if date:
            invoice.issue_date, confidence["issue_date"] = date
            if out_of_era(text, currency, date[0]):
                confidence["issue_date"] = min(date[1], OUT_OF_ERA)

        end = total.row if total is not None else len(rows)
        invoice.line_items = find_line_items(rows, end)
        if invoice.line_items:
            summed = _summed(invoice.line_items)
            printed = [found.value for found in (subtotal, total) if found is not None]
            if sums.line_total is not None:
                printed.append(sums.line_total)
            adds_up = any(abs(value - summed) <= Decimal("0.01") for value in printed)
            confidence["line_items"] = 0.85 if adds_up else 0.5
    invoice.confidence = {key: round(value, 2) for key, value in confidence.items()}
    if (printed := printed_einvoice(rows)) is not None:
        return printed.over(invoice)
    return invoice


def _stated(rows: Sequence[Row], total: Found, guessed: str | None) -> str | None:
    """The currency the total's own row prints it in, where the page's other amounts
    made another the likelier: what an invoice is for is in the currency of its total
    (`TOTAL FOB VALUE USD 36,900.00` over `Taxable value in INR`, a fax's misread `Net €`
    over `Invoice Total £`)."""
    stated = stated_currency(rows[total.row].text, total.value)
    return stated if stated not in (None, guessed) else None


def _items_sum(rows: Sequence[Row], end: int) -> Decimal | None:
    """What the line items above row `end` add up to, or None without any."""
    items = find_line_items(rows, end)
    return _summed(items) if items else None


def _summed(items: Sequence[LineItem]) -> Decimal:
    return sum((Decimal(str(item.amount)) for item in items if item.amount), Decimal(0))
