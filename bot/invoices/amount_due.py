"""What is left to pay, where the page takes prepayments, deposits or a retention off the
invoice's total, or adds a balance carried over or bills still open: the amount under a
due label that the total and the amounts printed between them make, to the cent (or, on
a statement, the due under an account summary that the total and the balances make).

Only that arithmetic counts. A due label alone says nothing (most invoices print the
total under one), an amount offered for paying early (`Skonto`) is no amount due, and a
till's change (`Change due 0.00`) is what it hands back, not what is owed.

A due label under the total printing another amount that no such sum makes
(`printed_due`) is what the page says is payable all the same, but unexplained: a
payment the rows do not spell out, a misread, or a total taken from the wrong row. It
is given for a person to check.
"""

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

from bot.invoices.amounts import amounts
from bot.invoices.labels import (
    AMOUNT_DUE,
    CARRIED_OVER,
    CASH_LABELS,
    CHANGE_LABELS,
    DEDUCTION,
    DISCOUNT,
    EARLY_PAYMENT,
    LATE_PAYMENT,
    OPEN_ITEMS,
    PAID_BEFORE,
    ROUNDING_LABELS,
    THIRD_PARTY_SHARE,
)
from bot.invoices.layout import Row

#: Most rows between the total and the amount due (prepayments, deductions, the due).
REACH = 6


def amount_due(rows: Sequence[Row], total_row: int, total: Decimal) -> Decimal | None:
    """The amount due of the invoice whose total is at `total_row`, below it or in an
    account summary above it. Below counts from the first of the rows just above that
    print the same total (a folio's `Total charges £712.70` over `Total credits £712.70`
    and `Balance £0.00`)."""
    for start in range(max(0, total_row - REACH), total_row + 1):
        last = _last_amount(rows[start])
        if (last and abs(last[0]) == abs(total)) or start == total_row:
            due = _below(rows, start, total)
            if due is not None:
                return due
    return _summed_above(rows, total_row, total)


def _below(rows: Sequence[Row], total_row: int, total: Decimal) -> Decimal | None:
    """The amount under a due label below the total that the prepayments, deductions,
    balances carried over and roundings between them make. Other rows between them (the
    tax in the total, a gift card's balance left) count for nothing, as the sum must come
    out to the cent."""
    owed = abs(total)
    for value, label in _amounts_below(rows, total_row):
        if _added(label):
            owed += value
        elif THIRD_PARTY_SHARE.search(label):
            owed -= abs(value)
        elif AMOUNT_DUE.search(label):
            left = [owed + change for change in _balances_above(rows, total_row)]
            return _settled(value, total, left)
        elif _taken_off(value, label):
            owed -= abs(value)
    return None


def _balances_above(rows: Sequence[Row], total_row: int) -> list[Decimal]:
    """What the rows right above the total add to it, row by row upwards, where an
    account summary opens with them (`Balance on your last bill -€96.40 CR`, `Payments
    received €0.00`, then this bill's charges): nothing, then each running sum."""
    changes = [Decimal(0)]
    for row in reversed(rows[max(0, total_row - REACH) : total_row]):
        if (last := _last_amount(row)) is None:
            continue
        value, label = last
        if _added(label):
            changes.append(changes[-1] + value)
        elif PAID_BEFORE.search(label):
            changes.append(changes[-1] - abs(value))
        else:
            break
    return changes


def _settled(printed: Decimal, total: Decimal, left: Sequence[Decimal]) -> Decimal | None:
    """The due printed under a due label, where one of the sums `left` makes it; nothing
    where they leave the account in credit and the page says so (`€7.20 CR`)."""
    for owed in left:
        if owed >= 0 and abs(printed) == owed != abs(total):
            return owed
        if owed < 0 and printed == owed:
            return Decimal(0)
    return None


def printed_due(rows: Sequence[Row], total_row: int, total: Decimal) -> Decimal | None:
    """The amount under the first due label below the total, where it is neither the
    total nor nothing (a bill paid says `Amount due 0.00`, which only a payment printed
    between them vouches for) nor a credit (`Balance €7.20 CR`). Below cash handed over
    beyond the total, a due label (`Paid 560.00`, `Balance 2.85`) gives the change."""
    for value, label in _amounts_below(rows, total_row):
        if CASH_LABELS.search(label) and abs(value) > abs(total):
            return None
        if THIRD_PARTY_SHARE.search(label):
            continue
        if AMOUNT_DUE.search(label):
            return abs(value) if abs(value) not in (0, abs(total)) and value >= 0 else None
    return None


def _summed_above(rows: Sequence[Row], total_row: int, total: Decimal) -> Decimal | None:
    """A statement's account summary over the invoice (`Previous balance`, `Payment
    received`, `This invoice 7,156.80`, `TOTAL AMOUNT DUE 7,006.80`): the due that this
    invoice's total and the balances and payments right above the due make. Every row
    walked must be one of those, and the total among them. A balance they leave in
    credit (`Balance €7.20 CR`) leaves nothing due."""
    for due_row in range(total_row):
        last = _last_amount(rows[due_row])
        if last is None or not AMOUNT_DUE.search(last[1]):
            continue
        printed, due = last[0], abs(last[0])
        owed, counted = Decimal(0), False
        for row in reversed(rows[max(0, due_row - REACH) : due_row]):
            if (last := _last_amount(row)) is None:
                continue
            value, label = last
            if abs(value) == abs(total) and not counted:
                owed, counted = owed + abs(total), True
            elif _added(label):
                owed += value
            elif _taken_off(value, label):
                owed -= abs(value)
            else:
                break
            if counted and owed == due != abs(total):
                return due
            if counted and owed == printed < 0:
                return Decimal(0)
    return None


def _amounts_below(rows: Sequence[Row], total_row: int) -> Iterator[tuple[Decimal, str]]:
    """Each row's last amount and its label, the first `REACH` such rows below the
    total, up to a row after which no due label speaks of this total (`_ends_dues`).
    Rows with no amount do not count: a deduction's label wrapped over the line above
    its amount (`abzgl. 1. Teilrechnung TR 2024/088 vom` / `30.10.2024 -€ 36.000,00`)."""
    walked = 0
    for row in rows[total_row + 1 : total_row + 1 + 2 * REACH]:
        last = _last_amount(row)
        if last is None:
            continue
        if _ends_dues(row) or walked == REACH:
            return
        walked += 1
        yield last


def _ends_dues(row: Row) -> bool:
    """An offer for paying early, the price of paying late, a till's change, or a
    discount under the sum (`Less: SC Disc 20%`, which makes the amount to pay the
    invoice's total, not an amount left after a payment): no due label below it speaks
    of this total."""
    return any(
        words.search(row.text) for words in (EARLY_PAYMENT, LATE_PAYMENT, CHANGE_LABELS, DISCOUNT)
    )


def _last_amount(row: Row) -> tuple[Decimal, str] | None:
    """The row's last amount, and the text before it: its label. An amount marked `CR`
    is a credit, whatever its sign (`Balance €7.20 CR`: the account is in credit)."""
    found = amounts(row.text)
    if not found:
        return None
    last = found[-1]
    value = -abs(last.value) if _CREDIT_MARK.match(row.text, last.end) else last.value
    return value, row.text[: last.start]


_CREDIT_MARK = re.compile(r"\s?CR\b\.?(?!\s*\w)")


def _added(label: str) -> bool:
    """A balance carried over, bills still open or a rounding: added as printed."""
    return any(words.search(label) for words in (CARRIED_OVER, OPEN_ITEMS, ROUNDING_LABELS))


def _taken_off(value: Decimal, label: str) -> bool:
    """A prepayment, deposit, credit or deduction: taken off, whatever its sign."""
    return value < 0 or any(
        words.search(label) for words in (PAID_BEFORE, DEDUCTION, THIRD_PARTY_SHARE)
    )
