"""The sums of an invoice or receipt: its total, net amount, tax, rounding and charges.

The total is chosen in `bot.invoices.totals`; the net amount and the tax come from their
labels (an amount a nearer label of another sum claims is not theirs), from a table of
sums or of tax per rate read by its columns, or by arithmetic with the total: the parts
a net amount plus a printed tax make up, the tax printed per rate or kind, the net a
gross "subtotal" was reckoned on.
"""

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from bot.invoices.amount_due import amount_due, printed_due
from bot.invoices.amounts import Amount, amounts
from bot.invoices.columns import column_amount, heads_sums, is_heading_row
from bot.invoices.labels import (
    CASH_LABELS,
    CHARGE_LABELS,
    DISCOUNT,
    NET_WORDS,
    NOT_CHARGE,
    NOT_TAX,
    NOT_TOTAL_FOR_SUBTOTAL,
    ROUNDING_LABELS,
    SUBTOTAL_LABELS,
    TAX_INCLUDED,
    TAX_LABELS,
    TAX_RATE,
    TOTAL_LABELS,
)
from bot.invoices.layout import COLUMN_SPACE, Row, capped, cell_at, cell_starts, overlaps
from bot.invoices.rate_table import rate_sums
from bot.invoices.totals import (
    Found,
    amounts_below,
    beside_excluded,
    choose_total,
    own_words,
    rounding,
    tax_amounts,
    tips,
)

#: Any total label, strong or plain.
ANY_TOTAL = re.compile("|".join(pattern.pattern for pattern, _ in TOTAL_LABELS), re.IGNORECASE)
#: Rows above the tax that its net amount may stand on.
NET_REACH = 4
#: Most amounts a row of a tax table prints (rate, base, tax, gross, per currency).
TAX_ROW_AMOUNTS = 8
#: Most rows of tax, one per rate or kind, that add up to the tax.
MOST_RATES = 4
#: The largest share of a total any tax takes (27 % VAT is 21 % of the gross): a larger
#: "tax" is another amount (a line's total beside its `CGST` code, a share capital).
MOST_TAX = Decimal("0.3")


@dataclass(frozen=True)
class Sums:
    total: Found | None
    subtotal: Found | None
    tax: Found | None
    #: The rounding adjustment printed, with its sign.
    rounding: Decimal | None
    #: What a restaurant adds besides the tax (service charge, tip).
    charges: Decimal | None
    #: The page says the tax is included in the prices.
    tax_included: bool
    #: The items' sum as printed, where discounts or charges below it make the net amount.
    line_total: Decimal | None = None
    #: What is left to pay after prepayments, deductions or a balance carried over.
    amount_due: Decimal | None = None
    #: The amount due is only printed so: no sum from the total makes it.
    due_unexplained: bool = False


def find_sums(rows: Sequence[Row], text: str) -> Sums:
    """The total, net amount, tax, rounding and charges the rows give evidence for."""
    subtotal = _labelled_amount(rows, SUBTOTAL_LABELS, NOT_TOTAL_FOR_SUBTOTAL, last=False)
    tax = _labelled_amount(rows, TAX_LABELS, NOT_TAX, last=True)
    tax_included = bool(TAX_INCLUDED.search(text))
    total = choose_total(
        rows,
        subtotal.value if subtotal else None,
        tax.value if tax else None,
        tax_included,
    )
    if total is not None and total.parts is not None:
        net, added = total.parts
        if subtotal is None or subtotal.value + (tax.value if tax else 0) != total.value:
            subtotal = Found(net, total.row, 1.0, min(total.confidence, 0.9))
            tax = Found(added, total.row, 1.0, min(total.confidence, 0.9))
    elif total is not None and subtotal is not None and subtotal.value < total.value:
        rest = total.value - subtotal.value
        beside = {amount.value for amount in amounts(rows[subtotal.row].text)}
        if (tax is None or tax.value != rest) and (rest in tax_amounts(rows) or rest in beside):
            tax = Found(rest, subtotal.row, 1.0, min(subtotal.confidence, total.confidence))
    elif total is not None and tax is not None and subtotal is None:
        subtotal = _net_above(rows, tax, total)
    summed = None
    if total is not None and not _adds_up(subtotal, tax, total):
        summed = rate_sums(rows, total.value)
    if total is not None and summed:
        net_sum, tax_sum, at = summed
        sure = min(total.confidence, 0.9)
        subtotal, tax = Found(net_sum, at, 1.0, sure), Found(tax_sum, at, 1.0, sure)
    adjusted = rounding(rows)
    if total is not None and subtotal is not None:
        tax = _tax_per_rate(rows, subtotal, total, adjusted or Decimal(0)) or tax
    if tax is not None and total is not None and not _adds_up(subtotal, tax, total):
        tax = _one_per_rate(rows, tax, total) or tax
    if subtotal is not None and tax is not None and total is not None:
        subtotal = _net_of_gross(rows, subtotal, tax, total) or subtotal
    if (
        tax is not None
        and total is not None
        and not _adds_up(subtotal, tax, total)
        and (nets := _net_cells(rows, tax, total))
    ):
        subtotal, tax = nets, replace(tax, confidence=max(tax.confidence, nets.confidence))
    line_total = None
    if (
        subtotal is not None
        and total is not None
        and not _adds_up(subtotal, tax, total)
        and (taxed := _net_and_taxes(rows, subtotal, total))
    ):
        if taxed[0].value != subtotal.value:
            line_total = subtotal.value
        subtotal, tax = taxed
    if (
        subtotal is not None
        and tax is not None
        and total is not None
        and (
            later := _later_net(rows, subtotal, tax, total)
            or _adjusted_net(rows, subtotal, tax, total)
        )
    ):
        line_total, subtotal = subtotal.value, later
    elif (
        (tax_included or tax is None)
        and subtotal is not None
        and total is not None
        and (tax is None or tax.row == total.row)
        and (gross := _adjusted_gross(rows, subtotal, total))
    ):
        line_total, subtotal = subtotal.value, gross
    charge = _labelled_amount(rows, CHARGE_LABELS, NOT_CHARGE, last=True)
    charges = charge.value if charge is not None and charge.value > 0 else None
    # A charge printed above the subtotal is one of the items it sums, when without it
    # the subtotal and the tax make the total (a caterer's `Service charge 18%` line).
    if (
        charge is not None
        and subtotal is not None
        and total is not None
        and charge.row < subtotal.row
        and _adds_up(subtotal, tax, total)
    ):
        charges = None
    if subtotal is not None and total is not None:
        subtotal = _subtotals_together(rows, subtotal, tax, total, charges) or subtotal
    # A tip a card slip adds to the bill (`TIP: 14.00` beside the check): a charge.
    if subtotal is not None and total is not None:
        tipped = total.value - subtotal.value - (tax.value if tax else 0)
        if tipped > 0 and tipped != charges and tipped in tips(rows):
            charges = tipped
    if (
        subtotal is not None
        and total is not None
        and subtotal.value + (tax.value if tax else 0) + (charges or 0) != total.value
        and (charged := _charged(rows, subtotal, tax, total))
    ):
        if charged[0].value != subtotal.value:
            line_total = subtotal.value
        subtotal, tax, charges = charged
    if tax is not None and total is not None and abs(tax.value) > MOST_TAX * abs(total.value):
        tax = replace(tax, confidence=min(tax.confidence, 0.5))
        # More tax than the whole total: which of the two is wrong, nothing says.
        if abs(tax.value) > abs(total.value):
            total = replace(total, confidence=min(total.confidence, 0.5))
    tax_included = tax_included or _inside(subtotal, tax, total, charges or Decimal(0))
    due = amount_due(rows, total.row, total.value) if total is not None else None
    printed = (
        printed_due(rows, total.row, total.value) if total is not None and due is None else None
    )
    # The bill's `Balance Due` under the slip that adds the tip to it.
    if printed is not None and charges and printed == total.value - charges:
        printed = None
    return Sums(
        total,
        subtotal,
        tax,
        adjusted,
        charges,
        tax_included,
        line_total,
        due if due is not None else printed,
        due_unexplained=printed is not None,
    )


def _subtotals_together(
    rows: Sequence[Row],
    first: Found,
    tax: Found | None,
    total: Found,
    charges: Decimal | None,
) -> Found | None:
    """The sum of subtotals printed one per kind on consecutive rows (`Bar Subtotal 7.98`,
    `Food Subtotal 21.17`) where, and only where, that sum and the tax make the total
    and the first subtotal alone does not."""
    added = (tax.value if tax else Decimal(0)) + (charges or Decimal(0))
    if first.value + added == total.value:
        return None
    summed, index = first.value, first.row + 1
    while index < min(len(rows), total.row):
        row = rows[index]
        match = SUBTOTAL_LABELS.search(row.text)
        found = _after(row, match) if match and not NOT_TOTAL_FOR_SUBTOTAL.search(row.text) else []
        if len(found) != 1:
            return None
        summed += found[0].value
        if summed + added == total.value:
            return Found(summed, index, 1.0, first.confidence)
        index += 1
    return None


def _inside(
    subtotal: Found | None, tax: Found | None, total: Found | None, charges: Decimal
) -> bool:
    """Whether the tax is part of the subtotal and the total, as where it is printed and
    the sums say: a table of tax below a total equal to the subtotal (`TOTAL 26.50` /
    `VAT 9% 2.19`), or tax lines above a subtotal that with the charges makes the total
    (`FOOD TAX` / `SUB-TOTAL $21.40` / `GRATUITY $8.10` / `TOTAL $29.50`)."""
    if subtotal is None or tax is None or total is None or not tax.value:
        return False
    if subtotal.value + tax.value + charges == total.value:
        return False
    return subtotal.value + charges == total.value and (
        tax.row > total.row or tax.row < subtotal.row
    )


def _after(row: Row, match: re.Match[str]) -> list[Amount]:
    return [amount for amount in amounts(row.text) if amount.start >= match.end()]


def _adds_up(subtotal: Found | None, tax: Found | None, total: Found) -> bool:
    return subtotal is not None and subtotal.value + (tax.value if tax else 0) == total.value


#: A cell that gives a net amount (`Netto 2,44` beside `A 19% MwSt 0,46`).
_NET_CELL = re.compile(rf"^\W*(?:{NET_WORDS})\b\W*[\d€$£]", re.IGNORECASE)


def _claimed(row: Row, match: re.Match[str], amount: Amount, labels: re.Pattern[str]) -> bool:
    """Whether another sum's label stands nearer before `amount`, in a cell of its own
    after the one matched: side by side, a tax table and its sums print `Codice IVA |
    Imponibile | … | Totale imponibile | 1.059,82` (the net sum, not the tax)."""
    nearest = None
    for position, cell in cell_starts(row):
        if position >= amount.start:
            break
        if position > match.start() and sum(ch.isalpha() for ch in cell.text) >= 3:
            nearest = cell.text
    if nearest is None or labels.search(nearest):
        return False
    # Or a document's charges or allowances (`Btw-bedrag | Toeslagen | € 45,00`).
    return bool(_NET_CELL.match(nearest)) or any(
        kind.search(nearest)
        for kind in (SUBTOTAL_LABELS, TAX_LABELS, ANY_TOTAL, DISCOUNT, _CARRIAGE, _SURCHARGES)
    )


def _own_cell(row: Row, match: re.Match[str]) -> bool:
    """Whether the label `match` opens a cell of the row, or follows only a word for a
    sum in it (`Totale imponibile`), not a word inside another cell's text."""
    position, cell = cell_at(row, match.start())
    before = cell.text[: match.start() - position].strip()
    return not before or _SUM_WORD.fullmatch(before) is not None


#: A word for a sum that may open a sum's label (`Totale` of `Totale imponibile`).
_SUM_WORD = re.compile(r"total[e]?|totaal|summe|gesamt|montant", re.IGNORECASE)


#: A document's charges beyond the carriage (`Toeslagen`, `Zuschläge`, `Suppléments`,
#: `Spese accessorie`, `Frais de dossier`, `Verpackungskosten`, `Charges`), and a stamp
#: duty outside the VAT (`Imposta di bollo`).
_SURCHARGES = re.compile(
    r"\b(?:toeslag(?:en)?|zuschl[äa]ge?|surcharges?|suppl[ée]ments?|maggiorazion[ei]|spese"
    r"|frais|charges|bollo|stamp\s*duty)\b|kosten\b",
    re.IGNORECASE,
)


def _labelled_amount(
    rows: Sequence[Row], labels: re.Pattern[str], exclude: re.Pattern[str], *, last: bool
) -> Found | None:
    """The first row with `labels` (not `exclude`) and an amount after the label; with
    `last`, the row's last amount (tax tables: rate, base, tax), or the middle one of
    three that add up (`net | tax | gross`). Failing that, a label among the headings
    of a table of sums, read down its own column."""
    for index, row in enumerate(rows):
        match = labels.search(row.text)
        if match and exclude.search(row.text):
            match = beside_excluded(row, labels, exclude)
        if not match or is_heading_row(row):
            continue
        own = [a for a in _after(row, match) if not _claimed(row, match, a, labels)]
        # A sum's label beside a VAT breakdown's row that says it too (`S – Imponibile |
        # 22 % | 354,15 | 77,91 | Totale imponibile | € 536,84`): the label in a cell of
        # its own, nearest its amount, is the sum's.
        later = [m for m in labels.finditer(row.text, match.end()) if _after(row, m)]
        if later and _own_cell(row, later[-1]):
            match = later[-1]
            own = [a for a in _after(row, match) if not _claimed(row, match, a, labels)]
        found = own or amounts_below(rows, index)
        if found:
            values = [amount.value for amount in found]
            chosen = values[0]
            if last:
                chosen = _tax_of(values) or _at_rate(row.text, values) or values[-1]
            return Found(chosen, index, 1.0, capped(row, 0.85))
    for index, row in enumerate(rows):
        if not is_heading_row(row) or not heads_sums(rows, index):
            continue
        for cell in row.cells:
            if labels.search(cell.text) and not exclude.search(cell.text):
                found_under = column_amount(rows, index, cell)
                if found_under is not None:
                    value, below = found_under
                    return Found(value, below, 1.0, capped(row, 0.85))
    return None


#: A bracket on a tax row holds the tax id of that kind (`GST 5% (GST # 81234 RT0001)`).
_BRACKETED = re.compile(r"\([^)]*\)")


def _tax_per_rate(rows: Sequence[Row], net: Found, total: Found, adjusted: Decimal) -> Found | None:
    """The tax printed over consecutive rows, one per rate or kind (`zzgl. USt 7 %`,
    `zzgl. USt 19 %`; `GST`, `PST`; `CGST`, `SGST`) when together they, and no single row,
    make the net sum up into the total (after the printed rounding, if any). A row of
    another column's text between them (bank details, a VAT breakdown's row of its own)
    breaks nothing, unless it prints an amount under theirs."""
    wanted = {total.value - value - adjusted for value in _nets(rows, net, total)}
    taxed = [
        (index, found[-1].value, cell_at(row, found[-1].start)[1])
        for index, row in enumerate(rows)
        if (match := _tax_label(row)) and (found := _after(row, match))
    ]
    wanted = {value for value in wanted if value > 0}
    if not wanted or any(value in wanted for _, value, _ in taxed):
        return None
    for start, (first, _, _) in enumerate(taxed):
        summed = Decimal(0)
        for position in range(start, min(len(taxed), start + MOST_RATES)):
            index, value, column = taxed[position]
            between = rows[taxed[position - 1][0] + 1 : index] if position > start else []
            if any(
                amounts(cell.text) and overlaps(cell, column)
                for row in between
                for cell in row.cells
            ):
                break
            summed += value
            if position > start and summed in wanted:
                sure = min(net.confidence, total.confidence, capped(rows[first], 0.85))
                return Found(summed, first, 1.0, sure)
    return None


def _nets(rows: Sequence[Row], net: Found, total: Found) -> Iterator[Decimal]:
    """The net amount, and the net after the charges and discounts printed below it
    (`Total HT 2 708,00 €`, `Frais de livraison 45,00 €`, `Total HT net 2 753,00 €`)."""
    yield net.value
    yield from (amount.value for _, amount in _labelled_nets(rows, net.row + 1, total.row))


def _labelled_nets(rows: Sequence[Row], start: int, end: int) -> Iterator[tuple[int, Amount]]:
    """Each amount after a subtotal's or net amount's label in rows `start` to `end`."""
    for index in range(start, end):
        row = rows[index]
        if match := (
            SUBTOTAL_LABELS.search(row.text)
            or _NET_LABEL.search(row.text)
            or _NET_AFTER.search(row.text)
        ):
            yield from ((index, amount) for amount in _after(row, match))


def _later_net(rows: Sequence[Row], subtotal: Found, tax: Found, total: Found) -> Found | None:
    """The net amount after the discounts and charges below the first subtotal (`Subtotal
    613.80`, `Discount 5%`, `Shipping`, `Net amount 595.61`; `Total HT` then `Total HT
    net`), when it and the tax make the total and the first subtotal does not."""
    if _adds_up(subtotal, tax, total):
        return None
    for index, amount in _labelled_nets(rows, subtotal.row + 1, total.row):
        if amount.value + tax.value == total.value:
            sure = min(subtotal.confidence, capped(rows[index], 0.85))
            return Found(amount.value, index, 1.0, sure)
    return None


def _adjusted_net(rows: Sequence[Row], subtotal: Found, tax: Found, total: Found) -> Found | None:
    """The net amount the subtotal and the adjustments printed between it and the total
    make, where no line prints it (`Subtotal 5,670.00`, `Discount (10%) -567.00`, `Tax
    (HST 13%) 663.39`, `Total 5,766.39`; `Shipping 12.00`), when with the tax it makes the
    total and the subtotal alone does not. A discount printed without its minus is taken
    off; a row of anything but a discount or the carriage, with one amount, settles
    nothing (a service charge is neither net nor tax: `charges`)."""
    if _adds_up(subtotal, tax, total) or not subtotal.row < tax.row < total.row:
        return None
    net = _adjusted(rows, subtotal, _first_printing(rows, subtotal, total), skip=tax.row)
    return net if net is not None and net.value + tax.value == total.value else None


def _adjusted_gross(rows: Sequence[Row], subtotal: Found, total: Found) -> Found | None:
    """The same where the prices include the tax and no tax row stands between
    (`Subtotal £81.50`, `Discount -£8.15`, `Shipping £4.95`, `Total £78.30 (includes
    £13.05 VAT)`), or no tax is charged (`Subtotal $8,975.00`, `Discount (5%) $448.75`,
    `Total $8,526.25`): the amount the adjustments make is the total itself."""
    if subtotal.value == total.value or not subtotal.row < total.row:
        return None
    gross = _adjusted(rows, subtotal, _first_printing(rows, subtotal, total), skip=-1)
    return gross if gross is not None and gross.value == total.value else None


def _first_printing(rows: Sequence[Row], subtotal: Found, total: Found) -> int:
    """The first row below the subtotal that prints the total's amount (`Total
    $2,698.00` over the `Balance Due $2,698.00` chosen): where the adjustments end."""
    return next(
        (
            index
            for index in range(subtotal.row + 1, total.row)
            if total.value in {amount.value for amount in amounts(rows[index].text)}
        ),
        total.row,
    )


def _net_and_taxes(
    rows: Sequence[Row], subtotal: Found, total: Found
) -> tuple[Found, Found] | None:
    """The net amount and the tax where the rows between the subtotal and the total are
    the discounts, the carriage and a tax row per rate or kind (`Shipping 150.00`, `GST @
    5% on 5,454.00 272.70`, `QST @ 9.975% on 5,454.00 544.04`; `zzgl. 19 % USt`, `zzgl. 7 %
    USt`), when together they make the total; None where a row is anything else."""
    walked = _walk_to_total(rows, subtotal, total)
    if walked is None or walked.charges or walked.taxed_at < 0 or walked.taxes <= 0:
        return None
    if walked.net + walked.taxes != total.value:
        return None
    sure = min(subtotal.confidence, total.confidence, capped(rows[walked.taxed_at], 0.85))
    return (
        Found(walked.net, walked.last, 1.0, sure),
        Found(walked.taxes, walked.taxed_at, 1.0, sure),
    )


def _charged(
    rows: Sequence[Row], subtotal: Found, tax: Found | None, total: Found
) -> tuple[Found, Found | None, Decimal] | None:
    """The net amount, the tax and the charges where the rows between the subtotal and
    the total add several charges to it beside the discounts, the carriage and the tax
    (a caterer's `Subtotal $2,962.75`, `Service charge (18%) $533.30`, `Delivery & setup
    $45.00`, `Chicago sales tax (11.75%) $416.07`, `Total due $3,957.12`), when together
    they make the total; None where a row is anything else."""
    walked = _walk_to_total(rows, subtotal, total)
    if walked is None or walked.charges <= 0:
        return None
    if walked.taxed_at >= 0:
        sure = min(subtotal.confidence, total.confidence, capped(rows[walked.taxed_at], 0.85))
        tax = Found(walked.taxes, walked.taxed_at, 1.0, sure)
    if walked.net + (tax.value if tax else 0) + walked.charges != total.value:
        return None
    net = Found(
        walked.net, walked.last, 1.0, min(subtotal.confidence, capped(rows[walked.last], 0.85))
    )
    return net, tax, walked.charges


@dataclass(frozen=True)
class _Walked:
    """What the rows between a subtotal and its total add to it."""

    #: The subtotal after the discounts and the carriage, and the row of the last of them.
    net: Decimal
    last: int
    #: The tax rows' sum, and the row of the last (-1 where there is none).
    taxes: Decimal
    taxed_at: int
    #: The charges' sum (service charge, tip).
    charges: Decimal


def _walk_to_total(rows: Sequence[Row], subtotal: Found, total: Found) -> _Walked | None:
    """The rows from the subtotal to the total's first printing read as discounts, the
    carriage, taxes and charges; None where a row with an amount is anything else."""
    net, taxes, charges, last, taxed_at = subtotal.value, Decimal(0), Decimal(0), subtotal.row, -1
    for index in range(subtotal.row + 1, _first_printing(rows, subtotal, total)):
        row = rows[index]
        printed = amounts(row.text)
        if not printed:
            continue
        if (match := _tax_label(row)) is not None:
            values = [amount.value for amount in _after(row, match)]
            if not values:
                return None
            taxes += _at_rate(row.text, values) or values[-1]
            taxed_at = index
        elif (charge := _charge(row)) is not None:
            charges += charge
        elif (change := _adjustment(row)) is not None:
            net += change
            last = index
        else:
            return None
    return _Walked(net, last, taxes, taxed_at, charges)


def _charge(row: Row) -> Decimal | None:
    """The amount of a row of one service charge or tip (`Service charge (18%) $533.30`)."""
    printed = amounts(row.text)
    label = own_words(row.text[: printed[0].start]) if printed else ""
    if len(printed) != 1 or not CHARGE_LABELS.search(label) or NOT_CHARGE.search(label):
        return None
    return printed[0].value


def _adjusted(rows: Sequence[Row], subtotal: Found, end: int, skip: int) -> Found | None:
    """The subtotal with the discounts taken off and the carriage added that the rows
    after it print before `end` (all but `skip`), found at the last of them; None where
    one is anything else or there is none."""
    adjusted, last = subtotal.value, subtotal.row
    for index in range(subtotal.row + 1, end):
        row = rows[index]
        if index == skip or not amounts(row.text):
            continue
        if (change := _adjustment(row)) is None:
            return None
        adjusted += change
        last = index
    if last == subtotal.row:
        return None
    return Found(adjusted, last, 1.0, min(subtotal.confidence, capped(rows[last], 0.85)))


def _adjustment(row: Row) -> Decimal | None:
    """What a row of one discount or of the carriage does to the net amount: a discount
    printed with or without its minus is taken off, the carriage added; None for a row
    of anything else (a tax, a total, a service charge, an item)."""
    printed = amounts(row.text)
    label = own_words(row.text[: printed[0].start]) if printed else ""
    if len(printed) == 1 and (printed[0].value == 0 or _TAXED_PART.search(label)):
        return Decimal(0)
    # A credit printed with its minus (`Change Order #3 credit (owner-supplied fixtures)
    # -1,250.00`) takes off whatever its label; not a payment (`Credit card`) or a rounding.
    credit = (
        len(printed) == 1
        and printed[0].value < 0
        and not (CASH_LABELS.match(label) or ROUNDING_LABELS.search(label))
    )
    if (
        len(printed) != 1
        or not (DISCOUNT.search(label) or _CARRIAGE.search(label) or credit)
        or TAX_LABELS.search(label)
        or ANY_TOTAL.search(label)
    ):
        return None
    return -abs(printed[0].value) if DISCOUNT.search(label) else printed[0].value


#: The part of the net amount that is taxed, printed beside the sums (a template's
#: `TAXABLE $622.85` between `SUBTOTAL` and `SALES TAX`): it neither adds nor takes off.
_TAXED_PART = re.compile(r"^\W*taxable(?:\s*(?:amount|sales|total|subtotal))?\W*$", re.IGNORECASE)

#: What delivering the goods costs, taxed with them (`Shipping`, `Freight`, `Carriage`).
_CARRIAGE = re.compile(
    r"\b(?:shipping|freight|carriage|delivery|postage|p\s*&\s*p|handling|versand|fracht|fragt|frakt"
    r"|porto|livraison|frais\s*de\s*port|verzend)",
    re.IGNORECASE,
)


#: A net amount's own label (`Net amount`, `Net total`), beyond the subtotal's.
_NET_LABEL = re.compile(r"^\W*net(?:t[oa])?\s*(?:amount|total|value|sum)\b", re.IGNORECASE)
#: An amount's label that ends saying it is net (`Abschlagsbetrag netto`, `Montant HT`).
_NET_AFTER = re.compile(rf"^[^\d|]*\b(?:{NET_WORDS})\W*(?=\||\d|$)", re.IGNORECASE)


def _net_of_gross(rows: Sequence[Row], subtotal: Found, tax: Found, total: Found) -> Found | None:
    """The net amount when the "subtotal" is the gross one (`Subtotaal 97,30`, `TOTAAL
    97,30`) and the tax row prints the net it was reckoned on (`BTW 21% over 80,41 =
    16,89`)."""
    net = total.value - tax.value
    if subtotal.value != total.value or not 0 < tax.value < net or net not in tax_amounts(rows):
        return None
    return Found(net, tax.row, 1.0, min(tax.confidence, total.confidence))


def _one_per_rate(rows: Sequence[Row], tax: Found, total: Found) -> Found | None:
    """The tax of every rate when the one found is printed beside others at other rates,
    a row each (`A 19% MwSt 0,46`, `B 7% MwSt 0,58`), and nothing checks it: their sum,
    for a person to confirm."""
    found: dict[str, Decimal] = {}
    index = tax.row
    while index > 0 and _of_a_rate(rows[index - 1]):
        index -= 1
    for row in rows[index:]:
        rated = _rate_row(row)
        if rated is None and not _taxed_at_rate(row):
            break
        if rated is not None:
            found.setdefault(*rated)
    summed = sum(found.values(), Decimal(0))
    if len(found) < 2 or tax.value not in found.values() or summed >= abs(total.value):
        return None
    return Found(summed, tax.row, 1.0, min(tax.confidence, 0.6))


def _net_cells(rows: Sequence[Row], tax: Found, total: Found) -> Found | None:
    """The net amount as the sum of the cells that each give the net of one rate
    (`A 19% MwSt 0,46 | Netto 2,44`, `Net €8.53 | VAT €1.96` and `VAT @ 0% | Net
    €15.44`), when with the tax it makes up the total: that sum confirms both."""
    nets: list[Decimal] = []
    at = tax.row
    for index, row in enumerate(rows):
        for cell in row.cells:
            if _NET_CELL.match(cell.text) and (printed := amounts(cell.text)):
                nets.append(printed[0].value)
                at = index
    net = sum(nets, Decimal(0))
    if not nets or net + tax.value != total.value or net <= 0:
        return None
    return Found(net, at, 1.0, min(total.confidence, 0.9))


def _tax_label(row: Row) -> re.Match[str] | None:
    """The tax label of a row about a tax, its bracketed tax id set aside (`GST 5% (GST #
    …)`), and the words of other columns left of it (`Total In Words | SGST9 (9%) |
    8,397.00`)."""
    match = TAX_LABELS.search(row.text)
    if match is None:
        return None
    own = row.text[row.text.rfind(COLUMN_SPACE, 0, match.start()) + 1 :]
    return None if NOT_TAX.search(_BRACKETED.sub(" ", own)) else match


def _rate_row(row: Row) -> tuple[str, Decimal] | None:
    """(rate, tax) of a row that labels a tax at a rate and prints its amount."""
    match = _tax_label(row)
    rate = TAX_RATE.search(row.text)
    if not match or not rate:
        return None
    own = [a.value for a in _after(row, match) if not _claimed(row, match, a, TAX_LABELS)]
    return (rate.group(1), _tax_of(own) or own[-1]) if own else None


def _of_a_rate(row: Row) -> bool:
    """A row of a rate's tax, or of the amount taxed at it (`(8% taxable ¥798)`)."""
    return _rate_row(row) is not None or _taxed_at_rate(row)


def _taxed_at_rate(row: Row) -> bool:
    return bool(TAX_RATE.search(row.text) and _TAXED.search(row.text))


_TAXED = re.compile(rf"\b(?:{NET_WORDS})\b", re.IGNORECASE)


def _net_above(rows: Sequence[Row], tax: Found, total: Found) -> Found | None:
    """The net amount under a label the rules do not know (`Net`, `Netto`, `Warenwert`):
    the amount printed on the nearest row above the tax (or before it on its row) that
    the tax makes up into the total (all three negative on a credit note)."""
    net = total.value - tax.value
    if net == 0 or (net > 0) != (total.value > 0):
        return None
    for index in range(tax.row, max(-1, tax.row - NET_REACH), -1):
        printed = amounts(rows[index].text)
        nets = [amount.end for amount in printed if amount.value == net]
        taxes = [amount.end for amount in printed if amount.value == tax.value]
        if nets and (index < tax.row or (taxes and nets[0] <= taxes[0])):
            return Found(net, index, 1.0, min(tax.confidence, total.confidence, 0.85))
    return None


def _at_rate(text: str, values: Sequence[Decimal]) -> Decimal | None:
    """The amount of a tax row that is its rate of another amount on it, to the cent
    (`VAT @ 20% | 885.40 | 4,427.00`, tax before base, as a VAT summary may print them)."""
    rates = [Decimal(rate.replace(",", ".")) for rate in TAX_RATE.findall(text)]
    for rate in rates:
        for tax in values:
            if any(
                0 < tax < base and abs(base * rate / 100 - tax) <= Decimal("0.01")
                for base in values
            ):
                return tax
    return None


def _tax_of(values: Sequence[Decimal]) -> Decimal | None:
    """The tax of a row that prints net, tax and gross (`19% MwSt. 376,37 71,51 447,88`);
    a row of more amounts than a tax table's is no such row."""
    if len(values) > TAX_ROW_AMOUNTS:
        return None
    for i, net in enumerate(values):
        for j in range(i + 1, len(values)):
            if net + values[j] in values[j + 1 :] and 0 < values[j] < net:
                return values[j]
    return None
