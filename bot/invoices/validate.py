"""Does an extracted invoice add up, and which fields should a person look at?

Checks: subtotal + tax = total (±0.01; with tax included in the prices,
subtotal = total also passes), line items sum to the subtotal (or the total
when there is no subtotal), the issue date is plausible, the currency is an
ISO 4217 code. A field needs review when it is missing but required (the invoice
number too on a bill with payment terms), when the extractor is less than `SURE`
of it, or when a failed check names it.
"""

import datetime as dt
from dataclasses import asdict, dataclass
from functools import partial

from bot.invoices.amounts import is_known, money
from bot.invoices.dates import plausible
from bot.invoices.fields import REQUIRED, REVIEWED, Invoice

SURE = 0.7
#: A field this sure was confirmed by evidence of its own (the total by the payment or a
#: rounding line), so a failed check blames the other fields it names.
CONFIRMED = 0.95
CENT = 0.011


@dataclass(frozen=True)
class Check:
    name: str
    #: None when the fields to check are missing.
    ok: bool | None
    message: str
    fields: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {key: value for key, value in asdict(self).items() if key != "fields"}


def checks(invoice: Invoice, today: dt.date | None = None) -> list[Check]:
    return [_sums(invoice), _items(invoice), _date(invoice, today), _currency(invoice)]


def needs_review(invoice: Invoice, done: list[Check]) -> list[str]:
    """Fields to show a person, in schema order."""
    flagged = {name for name in REQUIRED if getattr(invoice, name) is None}
    if invoice.expects_number and invoice.invoice_number is None:
        flagged.add("invoice_number")
    for name in REVIEWED:
        value = getattr(invoice, name)
        if value not in (None, []) and invoice.confidence.get(name, 0.0) < SURE:
            flagged.add(name)
    for check in done:
        if check.ok is False:
            blamed = [f for f in check.fields if invoice.confidence.get(f, 0.0) < CONFIRMED]
            flagged.update(blamed or check.fields)
    return [name for name in REVIEWED if name in flagged]


def verdict(flagged: list[str]) -> str:
    return "needs_review" if flagged else "valid"


def _sums(invoice: Invoice) -> Check:
    cash = partial(money, currency=invoice.currency)
    subtotal, tax, total = invoice.subtotal, invoice.tax, invoice.total
    if subtotal is None or total is None:
        return Check("totals", None, "no subtotal to check the total against")
    added = subtotal + (tax or 0.0) + (invoice.charges or 0.0)
    summed = "subtotal + tax" + (" + service charge" if invoice.charges else "")
    if abs(added - total) <= CENT:
        return Check("totals", True, f"{summed} = total ({cash(total)})")
    if invoice.rounding and abs(abs(added - total) - abs(invoice.rounding)) <= CENT:
        return Check(
            "totals",
            True,
            f"{summed} = total ({cash(total)}) after rounding {cash(invoice.rounding)}",
        )
    if (invoice.tax_included or tax is None) and abs(
        subtotal + (invoice.charges or 0.0) - total
    ) <= CENT:
        summed = "subtotal" + (" + service charge" if invoice.charges else "")
        return Check("totals", True, f"{summed} = total ({cash(total)}), tax included")
    charges = f" + service charge {cash(invoice.charges)}" if invoice.charges else ""
    return Check(
        "totals",
        False,
        f"subtotal {cash(subtotal)} + tax {cash(tax or 0)}{charges} = {cash(added)},"
        f" but the total is {cash(total)}",
        ("subtotal", "tax", "total"),
    )


def _items(invoice: Invoice) -> Check:
    cash = partial(money, currency=invoice.currency)
    amounts = [item.amount for item in invoice.line_items if item.amount is not None]
    target, label = (
        (invoice.subtotal, "subtotal") if invoice.subtotal is not None else (invoice.total, "total")
    )
    if not amounts or target is None:
        return Check("line_items", None, "no line items to add up")
    summed = sum(amounts)
    slack = CENT + abs(invoice.rounding or 0.0)
    tolerance = CENT * max(1, len(amounts)) / 2
    if invoice.line_total is not None and abs(summed - invoice.line_total) <= tolerance:
        return Check("line_items", True, f"{len(amounts)} line items add up to their sum printed")
    if abs(summed - target) <= tolerance or (
        label == "subtotal" and invoice.total is not None and abs(summed - invoice.total) <= slack
    ):
        return Check("line_items", True, f"{len(amounts)} line items add up to the {label}")
    # A total below one of its own items, none of them a deduction, is the total misread
    # (`TOTAL RM | 350 | 00` read as its sen, 0.00), not the items.
    short = label == "total" and min(amounts) >= 0 and 0 <= target < max(amounts) - CENT
    return Check(
        "line_items",
        False,
        f"{len(amounts)} line items add up to {cash(summed)}, the {label} is {cash(target)}",
        ("line_items", "total") if short else ("line_items",),
    )


def _date(invoice: Invoice, today: dt.date | None) -> Check:
    if invoice.issue_date is None:
        return Check("issue_date", None, "no issue date found")
    try:
        date = dt.date.fromisoformat(invoice.issue_date)
    except ValueError:
        return Check("issue_date", False, f"{invoice.issue_date} is not a date", ("issue_date",))
    if not plausible(date, today):
        return Check(
            "issue_date", False, f"{invoice.issue_date} is not a plausible date", ("issue_date",)
        )
    return Check("issue_date", True, f"{invoice.issue_date} is a plausible date")


def _currency(invoice: Invoice) -> Check:
    if invoice.currency is None:
        return Check("currency", None, "no currency found")
    if is_known(invoice.currency):
        return Check("currency", True, f"{invoice.currency} is a known currency")
    return Check(
        "currency", False, f"{invoice.currency} is not an ISO 4217 currency", ("currency",)
    )
