"""The total: the amount the most independent evidence points at.

A receipt prints many totals: before tax, tax, after tax, after rounding, a tax
summary table below the payment, the cash handed over and the change. Each
amount next to a total-like label is a candidate; it is believed more when

- its label is a strong one ("Grand total", "Amount due", "Zahlbetrag", "Net à payer"),
  and more still when it says the tax is in it ("Total incl. GST"),
- it equals what was paid minus the change, or what was paid with no change printed
  (by card, or the exact cash),
- it equals subtotal + tax, or another labelled total plus a printed tax amount
  (a "Net total" is then not the total),
- it is another total moved by the printed rounding adjustment (`88.97 − 0.02`),

or when two total labels print it; and believed less when it sits in a tax summary
table or below the payment lines.
Its confidence says how much of that evidence agreed; two strong candidates that
disagree lower it, so the field goes to a person instead of being confidently wrong.
So does a total label whose amount the OCR read with letters for digits (`2O.50`)
when the chosen total is another amount, and cash minus change that comes to another
amount when nothing else confirms the total.
"""

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import pairwise

from bot.invoices.amount_due import amount_due
from bot.invoices.amounts import MISREAD_AMOUNT, Amount, amounts, parse_number, sum_alone
from bot.invoices.columns import ROW_GAP, column
from bot.invoices.labels import (
    AMOUNT_ALONE,
    AMOUNT_DUE,
    BILL_WORDS,
    CARRIED_OVER,
    CASH_LABELS,
    CHANGE_LABELS,
    CREDIT_NOTE_HEAD,
    DISCOUNT,
    EARLY_PAYMENT,
    GROSS_TOTAL,
    NET_AMOUNT,
    NET_SAID,
    NO_VAT_CHARGED,
    NOT_TAX,
    NOT_TOTAL,
    PAID_BEFORE,
    PAYMENT_TERMS,
    PROSE_WORD,
    ROUNDING_LABELS,
    SETTLED_TOTAL,
    SUBTOTAL_LABELS,
    SUMMARY_LABELS,
    TAX_INCLUDED,
    TAX_LABELS,
    TAX_RATE,
    TIP,
    TIP_CELL,
    TOTAL_LABELS,
    is_credit_note,
)
from bot.invoices.layout import COLUMN_SPACE, SURE_CHARACTER, Row, overlaps

#: The largest adjustment a rounding line prints (to the rupee: `Round Off +0.30`).
MOST_ROUND_OFF = Decimal("0.50")
#: Rows a table of totals may run down under its heading.
TABLE_DEPTH = 11
#: Confidence of a total chosen while a total label's own amount was misread.
UNREAD = 0.6
_AS_DIGITS = str.maketrans("OSIlB", "05118")


@dataclass(frozen=True)
class Found:
    value: Decimal
    row: int
    score: float
    confidence: float
    #: (net, tax) when the total was found as a labelled net amount plus a printed tax.
    parts: tuple[Decimal, Decimal] | None = None
    #: Printed under the invoice's gross-total label ("Bruttosumme", "Grand total").
    gross: bool = False


@dataclass(frozen=True)
class _Evidence:
    #: Paid minus change.
    paid: Decimal | None
    #: Paid, with no change printed: the total when card or exact cash paid it.
    tendered: Decimal | None
    summed: Decimal | None
    roundings: tuple[Decimal, ...]
    #: Rows from here on are below the payment or in a tax summary table.
    tail: int
    #: Amounts on tax rows, to tell a net total from the gross one it adds up to.
    taxes: frozenset[Decimal] = frozenset()
    #: The change printed, and every amount on a cash line (`Cash`, `Cash received`).
    change: Decimal | None = None
    handed: tuple[Decimal, ...] = ()
    #: Subtotal and tax, with the tax twice where two rows print it (India's CGST and
    #: SGST, half the GST each), after a printed round off.
    sums_rounded: frozenset[Decimal] = frozenset()
    #: The net amount the subtotal's label gives, which a tax may make up into a total.
    net: Decimal | None = None


def choose_total(
    rows: Sequence[Row], subtotal: Decimal | None, tax: Decimal | None, tax_included: bool
) -> Found | None:
    """The total and how sure we are of it, or None without any evidence."""
    return _choose(rows, _evidence(rows, subtotal, tax, tax_included))


def rounding(rows: Sequence[Row]) -> Decimal | None:
    """The rounding adjustment the document prints, with its sign, if any."""
    found = _roundings(rows, signed=True)
    return found[0] if found else None


def _choose(rows: Sequence[Row], evidence: "_Evidence") -> Found | None:
    best = _best(rows, evidence)
    if best is not None:
        best = _rounded_point_lost(rows, best, evidence)
    if best is not None and any(value != abs(best.value) for value in _misread_totals(rows)):
        best = replace(best, confidence=min(best.confidence, UNREAD))
    if best is not None and _paid_otherwise(rows, best, evidence):
        best = replace(best, confidence=min(best.confidence, UNREAD))
    if best is not None and _rounded_unread(rows, best):
        best = replace(best, confidence=min(best.confidence, UNREAD))
    return best


def _rounded_unread(rows: Sequence[Row], best: Found) -> bool:
    """Whether a rounding printed under the total made an amount the page nowhere shows
    as read (`Total Incl. GST 62.34`, `Rounding Adj. 0.01`, and a stamp over `NET TOTAL
    62.35`): the total is then the amount before the rounding, or a misread. A rounding
    among the payment's lines (`CASH 40.35`, `ROUNDING 0.02-`, `CHANGE DUE 2.00`) or
    made on what is left to pay (`Prepaid`, `Open Amount`) is the payment's."""
    after = rows[best.row + 1 :]
    below = _roundings(after, signed=True)
    paying = (CASH_LABELS, CHANGE_LABELS, PAID_BEFORE, AMOUNT_DUE)
    if not below or any(label.search(row.text) for row in after for label in paying):
        return False
    shown = {amount.value for row in rows for amount in amounts(row.text)}
    step = below[0]
    return best.value + step not in shown and best.value - step not in shown


def _tendered_together(rows: Sequence[Row], best: Found) -> bool:
    """Whether the amounts of the rows between the total and the change, less the change,
    make the total: a sale paid partly in cash and partly otherwise (`VOUCHER 20.00`,
    `CASH 460.00`, `CHANGE 8.80` under `NET TOTAL 471.20`). The total may be printed
    again after a rounding of nothing; the count starts under its last printing."""
    total = abs(best.value)
    start = best.row
    for index in range(best.row + 1, min(best.row + 4, len(rows))):
        if (found := amounts(rows[index].text)) and abs(found[-1].value) == total:
            start = index
    for index in range(start + 1, min(start + 1 + _TENDERS, len(rows))):
        if CHANGE_LABELS.search(rows[index].text):
            change = amounts(rows[index].text)
            tendered = [
                found[-1].value for row in rows[start + 1 : index] if (found := amounts(row.text))
            ]
            return (
                bool(change)
                and len(tendered) >= 2
                and sum(tendered) - abs(change[-1].value) == total
            )
    return False


#: Most rows from the total to the change: a tender each, and a card's number and code.
_TENDERS = 6


def _rounded_point_lost(rows: Sequence[Row], best: Found, evidence: "_Evidence") -> Found:
    """The total after the printed rounding, where its point was lost under a total's
    label below (`Total Incl GST 513.99`, `Rounding Adj 0.01`, `TOTAL 51400`): the
    rounded sum, to a cash step, that the digits say in cents. The cash paid, where
    printed, must be it too."""
    for step in evidence.roundings:
        for value in (best.value + step, best.value - step):
            if value % CASH_STEPS[0] or (evidence.paid is not None and evidence.paid != value):
                continue
            for index in range(best.row + 1, min(best.row + 4, len(rows))):
                text = rows[index].text
                if any(
                    _weight(text[: match.start()]) and Decimal(match.group()) == 100 * value
                    for match in _BARE_CENTS.finditer(text)
                ):
                    return replace(best, value=value, row=index)
    return best


def _paid_otherwise(rows: Sequence[Row], best: Found, evidence: "_Evidence") -> bool:
    """Whether the cash handed over minus the change is another amount than the total,
    by more than a cash rounding, with nothing else (subtotal + tax, or the sale's other
    tenders: `_tendered_together`) confirming the total: one of the three was misread.
    Every cash line counts (`Cash 71.00` above `Cash received 101.00`)."""
    total = abs(best.value)
    if evidence.paid is None or evidence.change is None or evidence.summed == total:
        return False
    change = abs(evidence.change)
    return all(
        value != total and not _cash_rounded(total, value - change) for value in evidence.handed
    ) and not _tendered_together(rows, best)


#: The steps cash is rounded to (Malaysia, Switzerland, Australia: 0.05; others 0.10).
CASH_STEPS = (Decimal("0.05"), Decimal("0.10"))


def _cash_rounded(total: Decimal, paid: Decimal) -> bool:
    """Whether `paid` is `total` rounded to a cash step: `147.58` paid as `147.60`, never
    `22.56` paid as `22.50` (a step of 0.10 rounds it to 22.60: one was misread)."""
    return paid == total or any(
        paid % step == 0 and abs(paid - total) <= step / 2 for step in CASH_STEPS
    )


def _misread_totals(rows: Sequence[Row]) -> list[Decimal]:
    """Amounts after a total label that the OCR read with letters for digits
    (`TOTAL 2O.50`), as the digits they stand for. Such a total is no candidate, so the
    one chosen instead (the cash, an item) is doubtful unless it is the same amount."""
    return [
        value
        for row in rows
        for token in MISREAD_AMOUNT.finditer(row.text)
        if _weight(row.text[: token.start()])
        and (value := parse_number(token.group().translate(_AS_DIGITS))) is not None
    ]


def point_lost_total(
    rows: Sequence[Row], items_sum: Callable[[int], Decimal | None]
) -> Found | None:
    """A total whose decimal point the OCR lost (`TOTAL $ | 9100` for 91.00), read as the
    cents it then says, where the items above it (`items_sum` of its row) add up to
    exactly that."""
    for index, row in enumerate(rows):
        for match in _BARE_CENTS.finditer(row.text):
            if not _weight(row.text[: match.start()]):
                continue
            value = Decimal(match.group()) / 100
            if items_sum(index) == value:
                return Found(value, index, 0.0, SUMMED)
    return None


#: Digits alone, no decimal mark: cents, if the point was lost.
_BARE_CENTS = re.compile(r"(?<![\d.,:/-])\d{3,7}(?![\d.,:/-])")
#: How sure a total is that the items add up to.
SUMMED = 0.9


def _best(rows: Sequence[Row], evidence: "_Evidence") -> Found | None:
    labelled = _labelled(rows)
    rounded = _rounded(labelled, evidence.roundings)
    values = {amount.value for _, amount, _, _ in labelled}
    gross: dict[Decimal, tuple[Decimal, Decimal]] = {}
    # A net of nothing (`Summe Nachlässe 0,00`) and a tax make no gross of the tax.
    for net_value in sorted(values - {Decimal(0)}):
        for tax in sorted(evidence.taxes):
            if net_value + tax in values and net_value + tax not in gross:
                gross[net_value + tax] = (net_value, tax)
    # The subtotal and a tax (the sum of a two-rate VAT table beside the sums); not their
    # sum before a printed cash rounding, which the rounded total stands for.
    for tax in sorted(evidence.taxes) if evidence.net is not None else ():
        made = evidence.net + tax
        before_rounding = made == evidence.summed and any(
            0 < abs(value - made) <= MOST_ROUND_OFF and _rounder(value, made) for value in values
        )
        if made in values and not before_rounding and made not in gross:
            gross[made] = (evidence.net, tax)
    net = {parts[0] for parts in gross.values()}
    rows_of: dict[Decimal, set[int]] = {}
    for index, amount, weight, _ in labelled:
        if weight >= 2 and index < evidence.tail:
            rows_of.setdefault(amount.value, set()).add(index)
    charges = _parts_of_totals(rows, labelled)
    candidates: list[Found] = []
    for index, amount, weight, label in labelled:
        if _included_tax(label, amount.value, values):
            continue
        found = _judge(rows, index, amount.value, weight, label, evidence, rounded)
        if len(rows_of.get(amount.value, ())) >= 2:
            found = replace(found, score=found.score + 1, confidence=max(found.confidence, 0.95))
        if amount.value in gross:
            # No tax exceeds its net amount: of the two that add up, the smaller is the tax.
            sure, parts = max(found.confidence, 0.9), _net_and_tax(*gross[amount.value])
            found = replace(found, score=found.score + 3, confidence=sure, parts=parts)
        elif amount.value in net or any(
            value == amount.value and row != index for row, value in charges
        ):
            found = replace(found, score=found.score - 3, confidence=min(found.confidence, 0.6))
        if _part_of_sum_row(rows[index], amount):
            found = replace(found, score=found.score - 3, confidence=min(found.confidence, 0.6))
        candidates.append(found)
    seen = {(found.row, found.value) for found in candidates}
    for index, row in enumerate(rows):
        if CASH_LABELS.search(row.text) or CHANGE_LABELS.search(row.text):
            continue
        for amount in amounts(row.text):
            agrees = (
                amount.value in (evidence.paid, evidence.tendered, evidence.summed)
                or amount.value in rounded
            )
            if agrees and (index, amount.value) not in seen:
                candidates.append(_judge(rows, index, amount.value, 0, "", evidence, rounded))
    refund = is_credit_note(row.text for row in rows)
    kept = [found for found in candidates if found.value > 0 or (refund and found.value < 0)]
    # A till's return slip sums to what it pays back (`Totaal -10,00`, `TOTALE
    # COMPLESSIVO -59,90`): with no total above nothing, its total is that refund. An
    # invoice's never is (a credit note says it is one).
    titled = any(BILL_WORDS.search(row.text) for row in rows[:CREDIT_NOTE_HEAD])
    candidates = kept or ([] if titled else [found for found in candidates if found.value < 0])
    if not candidates:
        fee = None if labelled else _fee_and_tax(rows, evidence)
        return (
            _paid_total(rows, evidence)
            or fee
            or _amount_alone(rows)
            or _largest_repeated(rows)
            or _only_sum(rows)
            or _whole_total(rows)
        )
    ranked = sorted(candidates, key=lambda found: found.score, reverse=True)
    best = _before_payment_rounding(rows, ranked[0], ranked, rounded)
    # An amount due beside a gross total, apart by a printed prepayment, is no rival.
    paid_before = {
        abs(amount.value)
        for row in rows
        if PAID_BEFORE.search(row.text)
        for amount in amounts(row.text)
    }
    best = _before_payments(rows, _before_prepayment(best, ranked, paid_before), ranked)
    best = _before_unexplained_due(rows, best, ranked)
    carried = set(_first_after(rows, CARRIED_OVER)) - {Decimal(0)}
    # This invoice's charges, not what is owed with an earlier balance: a total less by
    # exactly a balance brought forward (`Charges this bill £1,259.59`, `Balance brought
    # forward £186.12`, `Total to pay £1,445.71`) is the invoice's, as sure as that sum;
    # a total more by a credit brought forward (`Balance forward -150.00`) too.
    # So with the payments made on that balance since (`Previous balance $14,282.50`,
    # `Payments received -$11,162.50`, `Total balance due $8,781.68`).
    left = {value - paid for value in carried for paid in paid_before if 0 < paid < value}
    # Or with the round off that made the amount payable (`Current Bill Amount 3,285.54`,
    # `Arrears 1,190.00`, `Round off 0.46`, `Net Amount Payable 4,476.00`).
    owed = carried | left
    steps = {step * sign for step in evidence.roundings for sign in (1, -1)}
    owed |= {value + step for value in owed for step in steps}
    best = _more_by(best, ranked, {-value for value in owed})
    paid_before |= {abs(value) for value in carried | left}
    prepaid = best is not ranked[0]
    tipped_by = tips(rows)
    tipped = _with_tip(best, ranked, tipped_by - {Decimal(0)})
    if tipped is best:
        tipped = _tipped_by_hand(rows, best, tipped_by - {Decimal(0)}) or best
    due = amount_due(rows, best.row, best.value)
    rival = next(
        (
            found
            for found in ranked
            # A credit note's amount said again without its sign (`Den Gutschriftsbetrag
            # von 800,75 € erstatten wir`) is the same amount.
            if abs(found.value) != abs(tipped.value)
            and found.value != due
            # Not the net or the tax the total is the sum of, said again under a total's
            # word (an e-invoice's `Gesamtbetrag nach Kategorie` under its totals).
            and found.value not in (best.parts or ())
            and not ((best.gross or prepaid) and abs(best.value - found.value) in paid_before)
            and abs(tipped.value - found.value) not in tipped_by
            and not _left_to_pay(rows, best, found)
            and not _net_of(rows, tipped, found, evidence.taxes)
            # The sum before the printed rounding that made the total is its source.
            and rounded.get(tipped.value, (None,))[0] != found.row
        ),
        None,
    )
    best = tipped
    if rival is not None and best.score - rival.score < 2:
        best = replace(best, confidence=min(best.confidence, 0.6))
    return best


def _parts_of_totals(
    rows: Sequence[Row], labelled: list[tuple[int, Amount, int, str]]
) -> set[tuple[int, Decimal]]:
    """(row, amount) of each charge printed alone on the rows above a total that add up
    to it (`Line rental 241.00`, `Calls (itemised) 70.86`, `VAT 78.93`, `Total new charges
    473.59`): a section's own total elsewhere (`Calls (itemised) total 70.86`) is a part
    of that total, not a rival. Not so the parts of an amount due, which may be this
    invoice's total after a fee or an old balance (`Late fee 150.00`, `This invoice
    7,156.80`, `TOTAL AMOUNT DUE $7,306.80`)."""
    found: set[tuple[int, Decimal]] = set()
    for index, amount, _, label in labelled:
        if AMOUNT_DUE.search(label):
            continue
        added, seen = Decimal(0), []
        for above in range(index - 1, max(-1, index - _PART_ROWS), -1):
            text = rows[above].text
            if _weight(text):
                break
            printed = amounts(text)
            if not printed:
                continue
            if any(labels.search(text) for labels in _OWED_BEFORE):
                break
            added += printed[-1].value
            seen.append((above, printed[-1].value))
            if added == amount.value and len(seen) >= 2:
                found.update(part for part in seen if 0 < part[1] < amount.value)
                break
    return found


#: How far above a total its parts are looked for.
_PART_ROWS = 16
#: What was owed or paid before this invoice, or paid now: a total owed adds up with it.
_OWED_BEFORE = (CARRIED_OVER, PAID_BEFORE, CASH_LABELS)


def _included_tax(label: str, value: Decimal, values: set[Decimal]) -> bool:
    """A total's label with its tax rate over the tax the total holds at that rate
    (`TOTAL S$ 30.06`, then `Total incl. GST 9% | 2.48`): the tax, not a total."""
    rate = TAX_RATE.search(label)
    if rate is None or not TAX_INCLUDED.search(label):
        return False
    percent = Decimal(rate.group(1).replace(",", "."))
    if not 0 < percent < 100:
        return False
    return any(
        other > value and abs(other * percent / (100 + percent) - value) <= Decimal("0.01")
        for other in values
    )


def _before_payment_rounding(
    rows: Sequence[Row], best: Found, ranked: list[Found], rounded: dict[Decimal, tuple[int, int]]
) -> Found:
    """A bill paid by transfer whose amount due is its total rounded (`Totaal incl. btw
    € 936,18`, `Afrondingsverschil € 0,02`, `Openstaand bedrag € 936,20`): the rounding
    is the payment's, and the invoice's total the amount before it (EN 16931's invoice
    total and rounding amount). A till's rounded total is what the sale came to."""
    if best.value not in rounded or not any(PAYMENT_TERMS.search(row.text) for row in rows):
        return best
    if not any(
        AMOUNT_DUE.search(_label_of(rows[other.row], other.value))
        for other in ranked
        if other.value == best.value
    ):
        return best
    source = next((other for other in ranked if other.row == rounded[best.value][0]), None)
    if source is None:
        return best
    # The rounded due vouches for the amount it was made from, as that amount for it.
    return replace(
        source,
        score=max(source.score, best.score),
        confidence=max(source.confidence, best.confidence),
    )


def _part_of_sum_row(row: Row, amount: Amount) -> bool:
    """Whether a larger amount comes before `amount` in its row's run of amounts: the sum
    row of a table of tax (`Total | 1,62,530.00 | 13,400.55 | 13,400.55 | 26,801.10`,
    taxable value, then the taxes) ends in a part of the invoice, which no total is
    smaller than."""
    before = [other for other in amounts(row.text) if other.end <= amount.start]
    return any(abs(other.value) > abs(amount.value) for other in before)


def tips(rows: Sequence[Row]) -> set[Decimal]:
    """The tips a card slip adds to the bill: the amounts of a row opening with a tip's
    label (`GRATUITY £5.00`, `+ Tip | 13.00`); the first amount after the label opening a
    cell of its own, where a photo set the slip beside the bill (`1 Whoopie Pie | 7.50 |
    TIP: | 14.00`), not in a table of suggested tips (`18% | Tip $8.27 | Total $54.19`);
    and an amount written by hand on the line over a tip's label alone (`7.00` / `Tip:`)."""
    found: set[Decimal] = set()
    for index, row in enumerate(rows):
        if TIP.search(row.text):
            printed = amounts(row.text)
            if printed:
                found.update(amount.value for amount in printed)
            elif index and TIP.fullmatch(row.text.strip(" :")) and sum_alone(rows[index - 1].text):
                found.add(amounts(rows[index - 1].text)[0].value)
            continue
        label = TIP_CELL.search(row.text)
        if label is not None and "%" not in row.text:
            after = [amount for amount in amounts(row.text) if amount.start >= label.end()]
            found.update(amount.value for amount in after[:1])
    return found


def _tipped_by_hand(rows: Sequence[Row], best: Found, added: set[Decimal]) -> Found | None:
    """The bill and a tip written on the card slip, where the sum written under them
    stands alone on its line, over or beside the slip's `Total:` (`45.92`, `7.00` / `Tip:`,
    `52.92` / `Total:`): what was paid."""
    for index, row in enumerate(rows[best.row + 1 :], best.row + 1):
        if not sum_alone(row.text):
            continue
        value = amounts(row.text)[0].value
        near = " ".join(other.text for other in rows[index - 1 : index + 2])
        if value - best.value in added and _weight(near):
            return replace(best, value=value, row=index, confidence=min(best.confidence, 0.85))
    return None


def _with_tip(best: Found, ranked: list[Found], added: set[Decimal]) -> Found:
    """What was paid with the tip, when a card slip adds it to the bill (`SALE £46.20`,
    `GRATUITY £5.00`, `TOTAL £51.20`): that sum vouches for the total as much as the bill."""
    return _more_by(best, ranked, added)


def _more_by(best: Found, ranked: list[Found], differences: set[Decimal]) -> Found:
    """The candidate that exceeds `best` by one of `differences` (amounts printed apart),
    as sure as the arithmetic makes it; else `best`."""
    for found in ranked:
        if found.value - best.value in differences:
            sure = max(found.confidence, best.confidence, 0.9)
            return replace(found, score=max(found.score, best.score), confidence=sure)
    return best


def _net_and_tax(one: Decimal, other: Decimal) -> tuple[Decimal, Decimal]:
    return (one, other) if one >= other else (other, one)


def _before_prepayment(best: Found, ranked: list[Found], paid_before: set[Decimal]) -> Found:
    """The invoice's total, not the amount left to pay: when another total exceeds the
    chosen amount by exactly a printed prepayment (`Total 3,500.00`, `Payment on Feb 11
    1,750.00`, `Amount due 1,750.00`; `Less: Retainer applied`), the chosen one is the
    amount due, and the arithmetic vouches for the total as strongly as for it. A gross
    total is no amount due (`Bruttosumme 220,00`, `Offene Zahlungen 220,00`, `Zahlbetrag
    440,00`: open items add to what is due)."""
    if best.gross:
        return best
    return _more_by(best, ranked, paid_before - {Decimal(0)})


def _before_payments(rows: Sequence[Row], best: Found, ranked: list[Found]) -> Found:
    """The total, not what was left to pay after a gift card, a voucher or a deposit the
    page takes off it below (`TOTAL 51.98`, `GIFT CARD -45.00`, `BALANCE DUE 6.98`): a
    larger total above the chosen amount that those deductions bring down to it exactly.
    A difference a cash rounding could make is left to the rounding's own evidence."""
    for found in ranked:
        if (
            found.value - best.value > MOST_ROUND_OFF
            and found.row < best.row
            # A subtotal is before the discounts under it, not before payments.
            and not SUBTOTAL_LABELS.search(rows[found.row].text)
            and amount_due(rows, found.row, found.value) == best.value
        ):
            sure = max(found.confidence, best.confidence, 0.9)
            return replace(found, score=max(found.score, best.score), confidence=sure)
    return best


def _before_unexplained_due(rows: Sequence[Row], best: Found, ranked: list[Found]) -> Found:
    """The total, not a smaller amount due under it that a payment the page does not
    spell out brings it down to (`Total 1,190.00`, `Amount due 790.00`): a total above
    the chosen due, under a total label of its own or made of the net amount and tax.
    A discount between them makes the due the total; a difference a cash rounding
    could make is left to the rounding's own evidence."""
    if not AMOUNT_DUE.search(_label_of(rows[best.row], best.value)):
        return best
    for found in ranked:
        label = _label_of(rows[found.row], found.value)
        if (
            (found.parts is not None or found.gross or _total_only(label))
            and found.row < best.row
            and found.value - best.value > MOST_ROUND_OFF
            and not any(DISCOUNT.search(row.text) for row in rows[found.row + 1 : best.row])
        ):
            return found
    return best


def _left_to_pay(rows: Sequence[Row], total: Found, other: Found) -> bool:
    """Whether `other` is what is left to pay of a total its parts add up to: smaller,
    under it and under a due label, it is no rival for the total (it is given as the
    amount due, doubted on its own: `amount_due.printed_due`). A gross label alone
    vouches for no total against it (`Bruttosumme 220,00`, `Zahlbetrag 120,00`)."""
    return (
        (total.parts is not None or total.confidence >= SUMMED)
        and other.row > total.row
        and abs(other.value) < abs(total.value)
        and bool(AMOUNT_DUE.search(_label_of(rows[other.row], other.value)))
    )


def _net_of(rows: Sequence[Row], total: Found, other: Found, taxes: frozenset[Decimal]) -> bool:
    """Whether `other` is the net amount of `total`: above it, labelled as a subtotal, and
    less by a printed tax, or by a tax and a charge printed between them (`Total Net Amount
    401.35`, `Carriage 12.50`, `Total VAT Amount 82.77`, `Invoice Total 496.62`)."""
    if not other.row < total.row or not SUBTOTAL_LABELS.search(
        _label_of(rows[other.row], other.value)
    ):
        return False
    between = {
        amount.value for row in rows[other.row + 1 : total.row] for amount in amounts(row.text)
    }
    rest = total.value - other.value
    return any(rest - tax in between | {Decimal(0)} for tax in taxes if 0 < tax <= rest)


def _label_of(row: Row, value: Decimal) -> str:
    """The text before `value` in its row."""
    return row.text[: next((a.start for a in amounts(row.text) if a.value == value), 0)]


def _total_only(label: str) -> bool:
    """A total's label that names no part and nothing left to pay (`Total`, `Summe`)."""
    return (
        bool(_weight(label)) and not SUBTOTAL_LABELS.search(label) and not AMOUNT_DUE.search(label)
    )


def _evidence(
    rows: Sequence[Row], subtotal: Decimal | None, tax: Decimal | None, tax_included: bool
) -> _Evidence:
    handed = tuple(_after_labels(rows, CASH_LABELS))
    tendered = handed[0] if handed else None
    change = next(_after_labels(rows, CHANGE_LABELS), _balance_after_cash(rows))
    paid = None
    if tendered is not None and change is not None:
        paid = tendered - abs(change) if tendered > abs(change) else None
        tendered = None
    summed = None
    if subtotal is not None:
        summed = subtotal + (tax if tax is not None and not tax_included else 0)
    roundings = _roundings(rows)
    tail = next(
        (index for index in range(len(rows)) if _payment_or_summary(rows, index)), len(rows)
    )
    sums = {summed} if summed is not None else set()
    if subtotal is not None and tax is not None and not tax_included and _halves(rows, tax):
        sums.add(subtotal + 2 * tax)
    rounded = {
        value + sign * step
        for value in sums
        for step in roundings
        for sign in (1, -1)
        if _rounder(value + sign * step, value)
    }
    return _Evidence(
        paid,
        tendered,
        summed,
        roundings,
        tail,
        tax_amounts(rows),
        change,
        handed,
        sums_rounded=frozenset(rounded),
        net=subtotal,
    )


#: `Balance` alone as a row's label.
_BALANCE = re.compile(r"^\W*balance\W*$", re.IGNORECASE)


def _balance_after_cash(rows: Sequence[Row]) -> Decimal | None:
    """The change a South Asian till calls the balance, on the row under the cash handed
    over (`Cash Received | 3,000.00`, `Balance | 651.00`)."""
    for above, row in pairwise(rows):
        if CASH_LABELS.search(above.text) and _BALANCE.match(row.cells[0].text):
            found = amounts(row.text)
            if len(found) == 1:
                return found[0].value
    return None


def _halves(rows: Sequence[Row], tax: Decimal) -> bool:
    """Two tax rows one after the other print the same tax (`CGST @ 9% 296.76`, `SGST @
    9% 296.76`): each is half of it."""
    printing = [
        index
        for index, row in enumerate(rows)
        if TAX_LABELS.search(row.text) and any(amount.value == tax for amount in amounts(row.text))
    ]
    return any(later - earlier == 1 for earlier, later in pairwise(printing))


def tax_amounts(rows: Sequence[Row]) -> frozenset[Decimal]:
    """Every positive amount printed on a tax row (rate tables hold several), or after a
    tax label beside another column's words that say no tax (`GST Summary | GST @ 6% |
    94.99`)."""
    found: set[Decimal] = set()
    for row in rows:
        if not TAX_LABELS.search(row.text):
            continue
        start = 0
        if NOT_TAX.search(row.text):
            beside = beside_excluded(row, TAX_LABELS, NOT_TAX)
            if beside is None:
                continue
            start = beside.end()
        found.update(
            amount.value
            for amount in amounts(row.text)
            if amount.start >= start
            and amount.value > 0
            and not _RATE_BASE.search(row.text, 0, amount.start)
        )
    return frozenset(found)


#: The amount a rate is reckoned on, after the rate (`VAT 0 % on 12,775.00`, `MwSt. 19 %
#: auf 1.200,00`): no tax.
_RATE_BASE = re.compile(r"%\s*(?:on|of|auf|von|sur|su|op)\s*:?\s*$", re.IGNORECASE)


def beside_excluded(
    row: Row, labels: re.Pattern[str], exclude: re.Pattern[str]
) -> re.Match[str] | None:
    """`labels` opening a cell right of all the words of `exclude` on the row (a word and
    its colon before them at most), with an amount after it in that cell or the next: a
    sums box printed beside another column's heading (`GST Summary | Amount(RM) | Tax(RM)
    | Add : GST 6% | 31.54`), not a remark on the excluded words (`Nettobetrag | (zzgl.
    19,00% MwSt.) | 376,37`)."""
    last = max((found.end() for found in exclude.finditer(row.text)), default=0)
    for start, cell, following in _cells_from(row, last):
        match = labels.search(row.text, start, start + len(cell))
        if (
            match
            and _OPENING.fullmatch(row.text[start : match.start()])
            and not exclude.search(cell)
            and (amounts(row.text[match.end() : start + len(cell)]) or amounts(following))
        ):
            return match
    return None


#: What may open a sum's cell before its label: nothing, or a word and its colon (`Add :`).
_OPENING = re.compile(r"\s*(?:[^\W\d_]{1,6}\s*:\s*)?")


def _cells_from(row: Row, offset: int) -> Iterator[tuple[int, str, str]]:
    """(start, text, the next cell's text) of each cell of the row that starts after
    `offset`, cells being what column spaces part."""
    start = row.text.find(COLUMN_SPACE, offset)
    if start < 0:
        return
    cells = row.text[start + 1 :].split(COLUMN_SPACE)
    position = start + 1
    for cell, following in zip(cells, [*cells[1:], ""], strict=True):
        yield position, cell, following
        position += len(cell) + 1


def _roundings(rows: Sequence[Row], signed: bool = False) -> tuple[Decimal, ...]:
    # The amount after the label: a tax table's sum row may print the round off at its end
    # (`Total | 1,09,892.46 | … | Round Off | +0.32`); or in its place in a band of sums
    # under their labels (`Netto | Moms 25 % | Öresavrundning | Att betala`).
    found = []
    for index, row in enumerate(rows):
        if not (label := ROUNDING_LABELS.search(row.text)):
            continue
        after = [a for a in amounts(row.text) if a.start >= label.end()][:1]
        if not after and (band := _band_below(rows, index)):
            at = next(n for n, cell in enumerate(row.cells) if ROUNDING_LABELS.search(cell.text))
            after = [band[at]]
        found.extend(
            amount.value if signed else abs(amount.value)
            for amount in after
            if 0 < abs(amount.value) <= MOST_ROUND_OFF
        )
    return tuple(found)


def _payment_or_summary(rows: Sequence[Row], index: int) -> bool:
    """A payment line with its amount (not "Payment terms", nor a settled total: `Total
    paid 206,12 €`), or a tax summary's heading (not one the sums box is printed beside)."""
    row = rows[index]
    if summary := SUMMARY_LABELS.search(row.text):
        return not _sums_beside(rows, index, summary.end())
    if SETTLED_TOTAL.search(row.text) and _weight(row.text):
        return False
    found = amounts(row.text)
    for labels in (CASH_LABELS, CHANGE_LABELS):
        match = labels.search(row.text)
        if match and any(_labelled_by(row.text, match, amount) for amount in found):
            # A receipt printed in two columns: the total in the first, the card beside it
            # (`TOTAL S$ | 37.70 | MASTER | 37.70`).
            beside_total = found[0].start < match.start() and _weight(row.text[: found[0].start])
            return not beside_total and not _settles_last_bill(rows, index)
    return False


def _settles_last_bill(rows: Sequence[Row], index: int) -> bool:
    """Whether the payment on row `index` settles the last bill's balance printed beside
    it (`Previous balance £482.30`, `Direct Debit received -£482.30`, `Balance brought
    forward £0.00`): an account summary opening the bill, above this bill's charges."""
    return any(
        CARRIED_OVER.search(rows[other].text)
        for other in (index - 1, index + 1)
        if 0 <= other < len(rows)
    )


def _sums_beside(rows: Sequence[Row], index: int, start: int) -> bool:
    """Whether the sums box is printed beside the tax summary table headed on row `index`
    (its words ending at `start`), so the rows beside the table are the sums' and not the
    summary's: a cell of words after the heading's words has an amount in the next cell
    (the heading holds none: `GST SUMMARY AMOUNT TAX | SUB-TOTAL | 1,273.20`), or on the
    rows just under it, a sum's label follows the table's cells (`SR | 6% | 162.70 | 9.76 |
    TOTAL AMOUNT (INCL. GST) | 172.46`; the table's own sum row opens with its label)."""
    if any(
        sum(character.isalpha() for character in cell) >= 3
        and not amounts(cell)
        and amounts(following)
        for _, cell, following in _cells_from(rows[index], start)
    ):
        return True
    return any(
        (_weight(cell) or SUBTOTAL_LABELS.search(cell) or TAX_LABELS.search(cell))
        and not amounts(cell)
        and amounts(following)
        for row in rows[index + 1 : index + 1 + _SUMMARY_HEAD]
        for _, cell, following in _cells_from(row, 0)
    )


#: The rows under a tax summary's heading that show whether the sums box is beside it.
_SUMMARY_HEAD = 3


def _labelled(rows: Sequence[Row]) -> list[tuple[int, Amount, int, str]]:
    """(row, amount, label weight, label text) for each amount printed after a total
    label, or under a label that has no amount beside it."""
    found = []
    for index, row in enumerate(rows):
        text = row.text
        start = 0
        beside = amounts(text)
        if CASH_LABELS.search(text) and not SETTLED_TOTAL.search(text) and not beside:
            continue
        for position, amount in enumerate(beside):
            # A quantity with its unit (`Total | 9,025 Kg | ₹ 13,52,407.00`) leaves the
            # label to the amount after it.
            if _QUANTITY_UNIT.match(text, amount.end):
                continue
            label = text[start : amount.start]
            following = beside[position + 1] if position + 1 < len(beside) else None
            if following is not None and not _words_between(text, amount, following):
                continue
            start = amount.end
            # A sum quoted in brackets in an item's words, the item's amount after them
            # (`Leistungsstand (64 % von Auftragssumme 138.450,00 € netto) | 88.608,00`).
            if (
                following is not None
                and label.count("(") > label.count(")")
                and ")" in text[amount.end : following.start]
            ):
                continue
            # A payment's amount is no total (`Payment received -£250.00 | Invoice total
            # £298.44` is both side by side); a settled total is (`Total paid £12.50`).
            own = own_words(label)
            if CASH_LABELS.search(own) and not SETTLED_TOTAL.search(label):
                continue
            # What is payable if paid early (`mit 2 % Skonto: … Zahlbetrag 154.256,19`)
            # is an offer, not the total.
            if EARLY_PAYMENT.search(text[: amount.start]):
                continue
            # A tax's own column after another's words (`Total In Words | SGST9 (9%) |
            # 8,397.00`) labels a tax.
            if own != label and TAX_LABELS.search(own) and not _weight(own):
                continue
            # Or the label's own column, a note in a column to the left saying nothing of
            # it (`VAT: non imponibile art. 8 | TOTAL EXW | EUR 96,970.00`).
            weight = (
                _weight(label) or (own != label and _weight(own)) or _net_amount(rows, index, label)
            )
            if weight and _said_in_passing(label):
                continue
            if weight:
                found.append((index, amount, weight, label))
        if beside:
            continue
        if len(row.cells) >= 3:
            found.extend(_column(rows, index))
        elif weight := _weight(text):
            below = amounts_below(rows, index) or _after_second_line(rows, index)
            found.extend((index, amount, weight, text) for amount in below[:1])
    return found


def _after_second_line(rows: Sequence[Row], index: int) -> list[Amount]:
    """The amount after a label's second line, in the label's own column (`Total de
    plată` over `(col. 5 + col. 6) | 6.423,89 lei`): a line that goes on with the label,
    in brackets or in small letters, not a label of its own (a till's `TOTAL` over `CASH
    | 50.00` or `Item(s) 3 | 12.30`)."""
    if index + 1 >= len(rows):
        return []
    label, below = rows[index].cells[-1], rows[index + 1]
    if below.y - rows[index].y > 2.2 * label.height:
        return []
    for cell, after in pairwise(below.cells):
        if overlaps(cell, label) and not amounts(cell.text) and after is below.cells[-1]:
            found = amounts(after.text)
            goes_on = re.match(r"\s*(?:\(|[a-zà-ÿ])", cell.text) is not None
            return found if len(found) == 1 and goes_on else []
    return []


def _said_in_passing(label: str) -> bool:
    """Whether the total's label is a word of a sentence that goes on before the amount
    (`Im Rechnungsbetrag sind Arbeits- und Fahrtkosten nach § 35a EStG in Höhe von
    2.287,00 € enthalten`): the amount is a part the sentence names, not the total."""
    found = [m for pattern, _ in TOTAL_LABELS if (m := pattern.search(label))]
    if not found:
        return False
    # The strongest label's words, which may hold a weaker one (`Total charges for this
    # period` holds `Total`); a dash or colon after them sets an instruction apart
    # (`Balance due - please pay this amount`).
    rest = label[found[0].end() :]
    # A sentence that opens before the label (`Im Rechnungsbetrag sind Lohnkosten gem.
    # § 35a EStG von …`), its nouns capitalised, needs fewer words in lower case after it.
    same_cell = label[: found[0].start()].rsplit(COLUMN_SPACE, 1)[-1]
    opened = re.search(r"[^\W\d_]{2,}\s+$", same_cell) is not None
    return not _SET_APART.match(rest) and len(PROSE_WORD.findall(rest)) >= (2 if opened else 4)


_SET_APART = re.compile(r"\s*[-–—:(]")


def own_words(label: str) -> str:
    """The words of the column nearest the amount: a sentence in a column to the left
    (`Goods remain our property until paid for in full. | Invoice Total | £496.62`)
    says nothing of it."""
    columns = [part for part in label.split(COLUMN_SPACE) if sum(ch.isalpha() for ch in part) >= 3]
    return columns[-1] if columns else label


#: A unit of measure right after a number: the number is a quantity, not money.
_QUANTITY_UNIT = re.compile(
    r"\s?(?:kgs?|gms?|ltrs?|litres?|liters?|nos|pcs|units|mtrs?|mt|tons?|tonnes?|qtls?|sq\.?\s?ft"
    r"|hrs|bags|boxes|sets|ctns?|cartons?|pkts?|rolls?|pairs?|doz(?:en)?|lbs|gal(?:lons)?"
    r"|bkts?|buckets?|btls?|bottles?|drums?|jars?|tins?|packs?|pieces?|cases?)\b",
    re.IGNORECASE,
)


def _net_amount(rows: Sequence[Row], index: int, label: str) -> int:
    """The weight of a `Net amount` label: a total's, unless a tax is printed below it;
    and of a net total (`Rechnungsbetrag (netto)`, `Total HT`) on a page that charges no
    VAT (`Steuerschuldnerschaft des Leistungsempfängers gemäß § 13b UStG`), unless one is
    printed below it all the same."""
    net = NET_AMOUNT.search(label) and not NOT_TOTAL.search(label)
    untaxed = not net and NET_SAID.search(label) and _weight(NET_SAID.sub(" ", label))
    if not (net or untaxed):
        return 0
    taxed = any(
        TAX_LABELS.search(row.text)
        and not NOT_TAX.search(row.text)
        and any(amount.value for amount in amounts(row.text))
        for row in rows[index + 1 :]
    )
    if taxed or (untaxed and not any(NO_VAT_CHARGED.search(row.text) for row in rows)):
        return 0
    return 2


def _words_between(text: str, amount: Amount, following: Amount) -> bool:
    """Whether a label stands between two amounts; a run of amounts after one label is a
    table's sum row (`TOTAL: ₹281.75 ₹1,847.00`: the tax, then the total), whose label
    names the last of them."""
    return any(ch.isalpha() for ch in text[amount.end : following.start])


def _column(rows: Sequence[Row], index: int) -> list[tuple[int, Amount, int, str]]:
    """A table whose header has a strong total label ("Endbetrag", "Amount due"): the
    amount of that column, or its last when that sums those above it, the table's sum
    row. A column of several that do not sum up so is a total per rate or per line."""
    for position, cell in enumerate(rows[index].cells):
        if _weight(cell.text) != 3:
            continue
        found = column(rows, index, cell, depth=TABLE_DEPTH)
        if found and (
            len(found) == 1 or found[-1][0].value == sum(amount.value for amount, _ in found[:-1])
        ):
            amount, below = found[-1]
            return [(below, amount, 3, cell.text)]
        if not found and (paired := _band_below(rows, index)):
            return [(index + 1, paired[position], 3, cell.text)]
    return []


def _band_below(rows: Sequence[Row], index: int) -> list[Amount]:
    """A band of sums: a row of labels over a row of as many amounts, each label's the
    one in its place, however the two rows align (`Netto | Moms 25 % | Öresavrundning |
    Att betala` over `58 262,00 | 14 565,50 | 0,50 | SEK 72 828,00`, the last set flush
    right)."""
    if index + 1 >= len(rows):
        return []
    labels, below = rows[index], rows[index + 1]
    if below.y - labels.y > ROW_GAP * labels.height or len(below.cells) != len(labels.cells):
        return []
    if any(len(amounts(cell.text)) != 1 for cell in below.cells) or amounts(labels.text):
        return []
    found = amounts(below.text)
    return found if len(found) == len(below.cells) else []


def _weight(label: str) -> int:
    if NOT_TOTAL.search(label):
        return 0
    return next((weight for pattern, weight in TOTAL_LABELS if pattern.search(label)), 0)


def _rounded(
    labelled: list[tuple[int, Amount, int, str]], roundings: tuple[Decimal, ...]
) -> dict[Decimal, tuple[int, int]]:
    """The totals a printed rounding adjustment turns the labelled totals into, each
    with the row and label weight of the total it was made from."""
    made: dict[Decimal, tuple[int, int]] = {}
    for index, amount, weight, _ in labelled:
        for rounding in roundings:
            for sign in (1, -1):
                value = amount.value + sign * rounding
                if weight > made.get(value, (0, 0))[1] and _rounder(value, amount.value):
                    made[value] = (index, weight)
    return made


def _rounder(made: Decimal, source: Decimal) -> bool:
    """Whether a rounding adjustment could turn `source` into `made`: it ends on a rounder
    amount (`1,987.15` less `0.15` is `1,987.00`, `147.58` and `0.02` make `147.60`), never
    the other way (`1,987.00` and `0.15` are not `1,987.15`)."""
    return _roundness(made) > _roundness(source)


def _roundness(value: Decimal) -> int:
    """How round an amount is: 0 for `147.58`, then a step each for whole cents, five
    cents, ten cents and whole units."""
    cents = abs(value) * 100
    return sum(1 for step in (1, 5, 10, 100) if cents % step == 0)


def _misread(row: Row, value: Decimal) -> bool:
    """Whether the OCR engine was unsure of a digit of the amount `value` on `row`
    (arithmetic that agrees with an amount outweighs this); not of its currency's sign in
    a cell of its own (`AMOUNT PAYABLE | Rs. | 2,349.00`)."""
    for amount in amounts(row.text):
        digits = _DIGITS.search(row.text, amount.start, amount.end)
        if (
            abs(amount.value) == abs(value)
            and digits is not None
            and row.read_confidence(digits.start(), digits.end()) < SURE_CHARACTER
        ):
            return True
    return False


_DIGITS = re.compile(r"\d(?:[\d.,'’ ]*\d)?")


def _judge(
    rows: Sequence[Row],
    index: int,
    value: Decimal,
    weight: int,
    label: str,
    evidence: _Evidence,
    rounded: dict[Decimal, tuple[int, int]],
) -> Found:
    agreements = 0
    score = 3.0 * weight
    if evidence.paid is not None and value == evidence.paid:
        score += 3
        agreements += 1
    if evidence.tendered is not None and value == evidence.tendered:
        score += 2
        agreements += 1 if weight else 0
    if evidence.summed is not None and value == evidence.summed:
        score += 2
        # The subtotal's own line (no tax added) agrees with nothing but itself.
        agreements += 0 if SUBTOTAL_LABELS.search(rows[index].text) else 1
    # Subtotal and tax, then the round off printed (`Taxable Value 3,297.30`, two GST
    # rows, `Round Off +0.18`, `Total 3,891.00`).
    if value in evidence.sums_rounded:
        score += 3
        agreements += 1
    if value in rounded and rounded[value][0] < index:
        score += 5 + 3 * max(0, rounded[value][1] - weight)
        agreements += 1
    if weight and TAX_INCLUDED.search(label):
        score += 1
    if weight and GROSS_TOTAL.search(label):
        score += 0.5
    if index >= evidence.tail:
        score -= 4
    score += index / (10 * len(rows))
    if agreements:
        sure = 0.97
    elif weight and index < evidence.tail:
        sure = 0.85 if weight == 3 else 0.8
    else:
        sure = 0.5
    if not agreements and _misread(rows[index], value):
        sure = min(sure, UNREAD)
    confidence = min(sure, 0.5 + 0.5 * rows[index].confidence)
    return Found(value, index, score, confidence, gross=bool(weight and GROSS_TOTAL.search(label)))


def _after_labels(rows: Sequence[Row], labels: re.Pattern[str]) -> Iterator[Decimal]:
    """The amounts after `labels` on each row that has them, in reading order."""
    for row in rows:
        if match := labels.search(row.text):
            for amount in amounts(row.text):
                if _labelled_by(row.text, match, amount):
                    yield amount.value


def _labelled_by(text: str, label: re.Match[str], amount: Amount) -> bool:
    """Whether `amount` follows `label` with no sum's label of its own between them: a
    template's left column runs into its sums box (`Please reference the P.O. with your
    payment. | SALES TAX 7% | $123.42`, `PAYMENT INFORMATION | Subtotal | £610.00`)."""
    if amount.start < label.end():
        return False
    between = text[label.end() : amount.start]
    return not (
        _weight(between)
        or SUBTOTAL_LABELS.search(between)
        or TAX_LABELS.search(between)
        or DISCOUNT.search(between)
    )


def _first_after(rows: Sequence[Row], labels: re.Pattern[str]) -> Iterator[Decimal]:
    """The amount right after `labels` on each row that has them (a row may go on with
    another label and its amount: `Previous balance £412.16 VAT @ 20% £49.74`)."""
    for row in rows:
        if match := labels.search(row.text):
            after = [amount for amount in amounts(row.text) if amount.start >= match.end()]
            if after:
                # A balance in the customer's favour (`Balance from last bill | £12.40 CR`).
                credit = _IN_CREDIT.match(row.text, after[0].end)
                yield -after[0].value if credit else after[0].value


_IN_CREDIT = re.compile(r"\s*(?:cr|in\s+credit)\b", re.IGNORECASE)


def amounts_below(rows: Sequence[Row], index: int) -> list[Amount]:
    """Amounts printed under a label that has none, on a row with nothing else."""
    if index + 1 >= len(rows):
        return []
    label, below = rows[index], rows[index + 1]
    height = max(cell.height for cell in label.cells)
    if below.y - label.y > 2.2 * height:
        return []
    found = amounts(below.text)
    # A currency's code whole, not three letters of a label (`CASH 400.00`).
    leftover = re.sub(r"[\d.,\s:$€£¥￥-]|\bRM\b|\b[A-Z]{3}\b", "", below.text)
    if found and len(leftover) <= 1:
        return found
    # The cash paid, where no change is given back, is the amount (a prepaid fuel
    # chit's `TOTAL AMOUNT` over `CASH RM 6.00`); with change it is what was tendered.
    changed = any(CHANGE_LABELS.search(row.text) for row in rows[index + 2 : index + 5])
    return found if found and CASH_LABELS.match(leftover) and not changed else []


def _paid_total(rows: Sequence[Row], evidence: "_Evidence") -> Found | None:
    """Without a total label: what was paid (by card, or cash less change), as a parking
    machine prints it (`Amount paid $27.00`). Sure when the amounts printed above the
    payment add up to it (a fee and its tax) or a subtotal and its tax do, else left for
    a person to check."""
    value = evidence.paid if evidence.paid is not None else evidence.tendered
    if value is None or value <= 0:
        return None
    where = next(
        (index for index, row in enumerate(rows) if value in _after_labels([row], CASH_LABELS)),
        len(rows),
    )
    above = [
        amount.value
        for row in rows[:where]
        if not CHANGE_LABELS.search(row.text)
        for amount in amounts(row.text)
        if amount.value > 0
    ]
    # Or the subtotal and a tax make it, wherever the receipt prints them (a mailed
    # receipt's `Amount paid $58.79` heads it, over `Subtotal $54.00`, `Sales tax $4.79`).
    made = evidence.net is not None and any(evidence.net + tax == value for tax in evidence.taxes)
    sure = 0.9 if sum(above) == value or made else 0.6
    return Found(value, min(where, len(rows) - 1), 0.0, sure)


def _fee_and_tax(rows: Sequence[Row], evidence: "_Evidence") -> Found | None:
    """Without a total label or payment: an amount right under a tax line that is the
    tax plus the amount right over it, as a parking machine prints its fee
    (`Parking Fee RM 0.94`, `Add GST RM 0.06`, `*AMT RM 1.00`). The arithmetic vouches
    for it."""
    single = [
        (index, found[0].value)
        for index, row in enumerate(rows)
        if len(found := amounts(row.text)) == 1 and found[0].value > 0
    ]
    for (_, fee), (_, tax), (index, total) in zip(single, single[1:], single[2:], strict=False):
        if tax in evidence.taxes and tax < fee and fee + tax == total:
            return Found(total, index, 0.0, 0.9, parts=(fee, tax))
    return None


def _amount_alone(rows: Sequence[Row]) -> Found | None:
    """Without a total label or payment: the one amount labelled only `Amount`, as a card
    slip or a bus ticket prints what was charged. Likely, not sure: a person checks it."""
    found = [
        (index, after[0].value)
        for index, row in enumerate(rows)
        if len(after := amounts(row.text)) == 1
        and after[0].value > 0
        and AMOUNT_ALONE.search(row.text[: after[0].start])
    ]
    if len(found) != 1:
        return None
    index, value = found[0]
    return Found(value, index, 0.0, 0.6)


def _only_sum(rows: Sequence[Row]) -> Found | None:
    """Without a total label or arithmetic: the one sum of money the document prints, in
    its currency or to the cent, as a toll or a single fare's ticket prints it (`KADAR TOL
    / FARE:` over `RM 2.30`). Likely, not sure: a person checks it."""
    found = [
        (index, amount.value)
        for index, row in enumerate(rows)
        for amount in amounts(row.text)
        if amount.value > 0 and (amount.currency or _CENTS.search(row.text[: amount.end]))
    ]
    if len({value for _, value in found}) != 1:
        return None
    index, value = found[-1]
    return Found(value, index, 0.0, 0.5)


#: An amount written to the cent.
_CENTS = re.compile(r"\d[.,]\d{2}$")


def _whole_total(rows: Sequence[Row]) -> Found | None:
    """Where no amount with cents made a total (a currency counted in whole units:
    Taiwan's `總計:843`), the whole number ending the last total's row; surer where
    another row ends with it too (the payment's `信用卡 | ****8812 | 843`)."""
    ending = [
        (index, whole)
        for index, row in enumerate(rows)
        if (whole := _WHOLE_AT_END.search(row.text))
    ]
    labelled = [
        (index, whole[1]) for index, whole in ending if _weight(rows[index].text[: whole.start()])
    ]
    if not labelled:
        return None
    index, value = labelled[-1]
    again = sum(1 for _, whole in ending if whole[1] == value)
    return Found(Decimal(value), index, 0.0, 0.8 if again >= 2 else 0.6)


#: A whole number ending its row, no decimal mark, no part of a date or a time.
_WHOLE_AT_END = re.compile(r"(?<![\d.,:/-])(\d{1,7})\s*$")


def _largest_repeated(rows: Sequence[Row]) -> Found | None:
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
    return Found(value, seen[value][-1], 0.0, 0.5)
