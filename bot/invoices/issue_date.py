"""The issue date: the date its label, a letter's place or the title names, not one
that its words rule out (due, delivery, order, service dates)."""

import datetime as dt
import re
from collections.abc import Sequence
from itertools import combinations

from bot.invoices.amounts import GUESSED_DOLLAR, US_ADDRESS, amounts
from bot.invoices.dates import (
    FoundDate,
    buddhist_era,
    find_dates,
    plausible,
    republic_era_dates,
)
from bot.invoices.labels import (
    CREDIT_NOTE,
    DATE_LABELS,
    ISSUE_DATE_LABEL,
    NOT_ISSUE_DATE,
    ORIGINAL_SALE,
    OWN_TITLE_DATE,
    PURCHASE_DATE,
    TITLE_DATE,
    is_credit_note,
)
from bot.invoices.layout import SURE_CHARACTER, Cell, Row, capped, cell_at, overlaps

#: Currencies of the countries that write numeric dates month first.
MONTH_FIRST = frozenset({"USD", "PHP"})
_ADDRESS = re.compile(r"\S*@\S*|\S*(?:www\.|https?:)\S*")
#: Places that write dates day first, told by a street, a company form or a country
#: (`12, Jalan Bunga Raya`, `Jl. Diponegoro 112`, `PTE LTD`, `Pvt. Ltd.`): where the page
#: prints no currency, or prices in dollars with no US address (an exporter's invoice).
_DAY_FIRST_PLACE = re.compile(
    r"\bjalan\b|\bjln\b|\bjl\.|\bsdn\.?\s*bhd\b|\bpte\.?\s*ltd\b|malaysia|singapore|indonesia"
    r"|\bindia\b|\bpvt\.?\s*ltd\b|bangladesh|\bviet\s*nam\b|pakistan|sri\s*lanka|thailand"
    r"|t[üu]rkiye|\bturkey\b|united\s*arab\s*emirates|united\s*kingdom",
    re.IGNORECASE,
)
#: Below this, the currency was guessed from a word of the page, not read from a sign.
HINTED_CURRENCY = 0.7
#: How far before a date its label may stand (`Rechnung Nr. 4711 vom`, `Invoice date:`).
LABEL_REACH = 80
#: The confidence of a value the OCR engine was unsure of a character of: below
#: `validate.SURE`, so a person looks at it.
MISREAD = 0.6



#: A fax machine's transmission line across a page's top (`05 MAR 2024 15:33 PENNINE
#: PLANT 01484555729 P.1/1`, `FEB-14-2024 11:26 … P.002/003`): a time and a page count
#: beside the date it was sent, not the date of the invoice it carries.
_FAX_HEADER = re.compile(
    r"\d{1,2}:\d{2}.*\b(?:P(?:AGE)?\.?\s?0*\d{1,3}\s?/\s?0*\d{1,3}|P\.\s?0\d\d)\b",
    re.IGNORECASE,
)
def issue_date(
    rows: Sequence[Row],
    text: str,
    currency: str | None,
    today: dt.date | None = None,
    sent: dt.date | None = None,
    currency_sure: float = 1.0,
) -> tuple[str, float] | None:
    """The issue date (ISO) and how sure we are of it, or None. `sent`: when the mail the
    document came in was sent; a later date (the event, the stay) is not its date. A
    dollar guessed to be the US one (`currency_sure`) does not settle the order of day and
    month."""
    guessed = currency == "USD" and currency_sure <= GUESSED_DOLLAR
    # A currency only hinted at (`MANILA CARD` on a Melaka stationer's slip) yields to a
    # place that writes dates day first.
    yields = currency_sure < HINTED_CURRENCY and _DAY_FIRST_PLACE.search(text)
    day_first, settled = _day_first(text, None if yields else currency, guessed)
    thai = currency == "THB"
    found = _issue_date(
        rows, day_first=day_first, settled=settled, today=today, thai=thai, sent=sent
    )
    if found is None and _TAIWAN.search(text):
        return _roc_date(rows)
    return found


#: What marks a page as Taiwan's: the Republic's name, the business number, the invoice.
_TAIWAN = re.compile(r"中華民國|民國|統一?編號?|發票|NT\$|新[台臺]幣")


def _roc_date(rows: Sequence[Row]) -> tuple[str, float] | None:
    """The first date the page prints in the Republic of China's years, on a page with
    no date in the common era's."""
    for row in rows:
        for date in republic_era_dates(row.text):
            return date.isoformat(), capped(row, 0.8)
    return None


def _above(rows: Sequence[Row], index: int, offset: int) -> tuple[str, bool]:
    """The text over the value at `offset` of row `index`, and whether it is that value's
    column heading: the cells of a table's heading row over a cell that starts with the
    value (`Due Date` over `March 3, 2026`), looking past a line between that has nothing
    over the value (`Amount Due (USD)` off to the side), else the cells of the row above
    over the value's cell, or the whole row above when none is (a label on the line
    before its value): a side column's `INVOICE DATE` beside a table's heading does not
    label a date in an item under it."""
    if index == 0:
        return "", False
    start, cell = cell_at(rows[index], offset)
    for above in reversed(rows[max(index - 2, 0) : index]):
        over = _over(above, cell)
        if (
            over
            and offset - start <= 2
            and len(above.cells) > 1
            and 0 < rows[index].y - above.y <= 3 * cell.height
            and not any(find_dates(c.text) for c in over)
            and not _labels_own_date(above, over)
        ):
            return " ".join(c.text for c in over), True
        if over:
            break
    above = rows[index - 1]
    over = _over(above, cell)
    text = " ".join(c.text for c in over) if len(above.cells) > 1 and over else above.text
    # A label with its own date after it labels that one (`Order date: March 6, 2025`
    # over the event's `Saturday, May 17, 2025`).
    return ("" if find_dates(text) else text), False


def _dates_under(
    rows: Sequence[Row], index: int, found: FoundDate, found_in: list[list[FoundDate]]
) -> bool:
    """Whether the next row prints another date opening a cell in the column of `found`
    (row `index`); `found_in` holds each row's dates. (A sentence's dates under it, `Objet :
    Prestations du 01/03/2024 au 31/03/2024`, make no column.)"""
    if index + 1 >= len(rows):
        return False
    cell = cell_at(rows[index], found.start)[1]
    below = rows[index + 1]
    return any(
        other.date != found.date
        and not below.text[(start := cell_at(below, other.start))[0] : other.start].strip()
        and overlaps(start[1], cell)
        for other in found_in[index + 1]
    )


def _labels_own_date(row: Row, over: list[Cell]) -> bool:
    """The cells label the date next to them on their own row (`POINTS EXPIRE ON |
    31/12/2017` over the sale's `22/10/16 16:03`), no column under them."""
    after = [c for c in row.cells if c.x > over[-1].x]
    return bool(after) and bool(find_dates(after[0].text))



def _labelled_above(rows: Sequence[Row], index: int) -> bool:
    """Whether the line over row `index` is a label alone, ending in a colon, that rules
    the dates under it out (`Documento di riferimento:` over `N. 0412-0087 del
    03-10-2024`); not a row of several fields' labels over their values."""
    if not index or len(rows[index - 1].cells) != 1:
        return False
    above = rows[index - 1].text.rstrip()
    return above.endswith(":") and NOT_ISSUE_DATE.search(above) is not None


def _label_line(before: str, above: Row | None) -> bool:
    """Whether the row over a date that opens its row is its label: a few words of a
    form's box (`FUNCTION DATE` over `11 Nov 2023`), not a sentence, nor a label with a
    date of its own (`POINTS EXPIRE ON 31/12/2017` over a sale's time stamp)."""
    return (
        above is not None
        and not before.strip()
        and 0 < len(above.text.split()) <= 4
        and not find_dates(above.text)
    )

def _over(above: Row, cell: Cell) -> list[Cell]:
    """The cells of `above` that stand over `cell`."""
    return [c for c in above.cells if min(c.right, cell.right) - max(c.x, cell.x) > 0]


def _cell_before(row: Row, offset: int) -> str:
    """The cell before the one holding `offset`: a label in a column of its own (`Dott.
    Marco Bellini | Data | 8 marzo 2026`), which a whole-line label pattern anchors on."""
    start, cell = cell_at(row, offset)
    if offset - start > 2 and not _WEEKDAY.fullmatch(row.text[start:offset]):
        return ""
    index = row.cells.index(cell)
    return row.cells[index - 1].text if index > 0 else ""


#: A weekday opening the date's cell (`Purchased | Fri 28 Feb 2025, 18:03`).
_WEEKDAY = re.compile(r"\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*", re.IGNORECASE)


def _own_label(row: Row, offset: int) -> str:
    """The words before `offset` in its own cell."""
    start, _ = cell_at(row, offset)
    return row.text[start:offset]


def _day_first(text: str, currency: str | None, guessed: bool) -> tuple[bool, bool]:
    """Whether numeric dates read day first, the way this document's unambiguous ones
    are, else as the currency's country writes them; and whether that is settled (by
    such a date or a currency not `guessed`) rather than a guess."""
    orders = {
        found.day_first
        for found in find_dates(text)
        if found.kind == "num" and not found.ambiguous and found.date.day != found.date.month
    }
    if len(orders) == 1:
        return orders.pop(), True
    if (by_terms := _order_by_terms(text)) is not None:
        return by_terms, True
    if currency is None and _DAY_FIRST_PLACE.search(text):
        return True, True
    if currency == "USD" and _DAY_FIRST_PLACE.search(text) and not US_ADDRESS.search(text):
        return True, False
    return currency not in MONTH_FIRST, currency is not None and not guessed


#: Payment terms in days: `Net 30`, `30 days`, `payable within 14 days`.
_TERMS_DAYS = re.compile(r"\bnet\s*(\d{1,3})\b|\b(\d{1,3})\s*days\b", re.IGNORECASE)


def _order_by_terms(text: str) -> bool | None:
    """Whether numeric dates read day first, as the payment terms tell where only one
    order puts two of the page's dates that many days apart: `Net 30` with `Date of
    Issue 11/02/2026` and `Due Date 12/02/2026` holds month first (2 November to 2
    December), not day first (a day apart). None where the terms settle nothing."""
    terms = {int(net or days) for net, days in _TERMS_DAYS.findall(text)} - {0}
    if not terms:
        return None
    fitting = set()
    for day_first in (True, False):
        dates = sorted({found.date for found in find_dates(text, day_first) if found.kind == "num"})
        if any((later - earlier).days in terms for earlier, later in combinations(dates, 2)):
            fitting.add(day_first)
    return fitting.pop() if len(fitting) == 1 else None


def _in_item(text: str, start: int, end: int) -> bool:
    """A date-like figure inside an item's line, its words before and its prices after
    (`RIO MEXICAN LAGER 4/6/12 CAN | 5 | CS | 26.40 | 132.00`): a pack's size, not a date
    of the document."""
    return (
        len(amounts(text[end:])) >= 2
        and re.search(r"[^\W\d_]{3,}", text[:start]) is not None
        and not DATE_LABELS.search(text[:start])
    )


def _issue_date(
    rows: Sequence[Row],
    day_first: bool,
    today: dt.date | None,
    settled: bool = False,
    thai: bool = False,
    sent: dt.date | None = None,
) -> tuple[str, float] | None:
    """`thai`: the document is priced in baht, so a two-digit year counts in the Buddhist
    era when this century's reading of it lies ahead; elsewhere that reading is taken
    only for a person to check."""
    scored: list[tuple[float, int, dt.date, float]] = []
    # A title with its date heads the page (its number may read as an amount); below the
    # first amount it names another document (`abzgl. Abschlagsrechnung Nr. … vom …`).
    body = next((index for index, row in enumerate(rows) if amounts(row.text)), len(rows))
    found_in = [find_dates(row.text, day_first=day_first) for row in rows]
    credit_note = is_credit_note(row.text for row in rows)
    # A credit note dated under a label of its own (`Date | 19 June 2024`) names the invoice
    # it corrects under that invoice's (`Refers to invoice | …`, `Invoice date | 1 May 2024`).
    dated_as_credit = credit_note and any(
        _CREDIT_OWN_LABEL.fullmatch(_cell_before(row, found.start).strip(" :"))
        for row, founds in zip(rows, found_in, strict=True)
        for found in founds
    )
    unambiguous = [{found.date for found in founds if not found.ambiguous} for founds in found_in]
    for index, row in enumerate(rows):
        for found in found_in[index]:
            date, era = _year_first(found, row.text, unambiguous, index) or found.date, False
            if not plausible(date, today):
                date, era = buddhist_era(found, row.text), True
                if date is None or not plausible(date, today):
                    continue
            before = row.text[max(0, found.start - LABEL_REACH) : found.start]
            if _in_item(row.text, found.start, found.end):
                continue
            above, heading = _above(rows, index, found.start)
            label = _cell_before(row, found.start)
            score = 0.0
            labelled = DATE_LABELS.search(before) or DATE_LABELS.search(above)
            # A `Date` heading over a column of dates dates the lines (a folio's charges,
            # a ticket's journeys), not the document.
            lines = (
                heading
                and not DATE_LABELS.search(before)
                and _dates_under(rows, index, found, found_in)
            )
            if (labelled and not lines) or DATE_LABELS.search(label):
                score += 2
            if TITLE_DATE.search(before) and (index <= body or OWN_TITLE_DATE.search(before)):
                # A credit note names the invoice it corrects with that invoice's date
                # (`zur Rechnung Nr. RE-2025-1187`, `Rechnung vom 12.08.2025`); a viewer's
                # field label (`Invoice issue date:`) is the note's own.
                corrected = not (
                    _credit_notes_own(before) or (_own_date_label(label) and not dated_as_credit)
                )
                score += -3 if credit_note and corrected else 2.5
            # Words in an e-mail or web address beside the label (`orders@…`) rule out nothing.
            words = _ADDRESS.sub(" ", before[-40:])
            # A date label in the cell before the date is all that labels it, not another
            # column's words further left on the row (`Ship To | Invoice Date : | …`).
            cell_label = ""
            if DATE_LABELS.search(label):
                words = cell_label = label
            # Nor when its own cell labels it (`Order: 1989 | Date: 23-Jul-2019`).
            elif DATE_LABELS.search(own := _own_label(row, found.start)):
                words = cell_label = own
            if _own_date_label(cell_label) and not (
                dated_as_credit and _INVOICES_LABEL.search(cell_label)
            ):
                # The invoice's own date label in the date's cell or the one before it
                # (`Date d'émission : 16/06/2025`), over a title's period (`Facture du 1er
                # semestre 2025 (du 01/01/2025 au …)`) and a due date beside it.
                score += 1
            elif credit_note and _CREDIT_DATE_LABEL.search(cell_label):
                # A credit note's own date label (`Gutschriftsdatum:`), over the date of
                # the invoice it refers to under that invoice's label (`Rechnungsdatum:`).
                score += 1.5
            purchase = (
                PURCHASE_DATE.search(label or words)
                or (heading and PURCHASE_DATE.search(above))
            ) and not re.search(ORIGINAL_SALE, row.text[: found.start], re.IGNORECASE)
            if purchase:
                score = 1.0
            elif (
                NOT_ISSUE_DATE.search(words)
                or (
                    (heading or _label_line(before, rows[index - 1] if index else None))
                    and NOT_ISSUE_DATE.search(above)
                )
                or _labelled_above(rows, index)
            ):
                score -= 3
            later = sent is not None and date > sent + dt.timedelta(days=1)
            if later:
                score -= 3
            if _FAX_HEADER.search(row.text):
                score -= 3
            sure = 0.95 if score >= 2 or purchase else 0.8
            if found.ambiguous:
                confirmed = settled or _confirmed(date, rows, unambiguous, index)
                sure -= 0.05 if confirmed else 0.15
            if found.kind == "compact" or (found.kind == "stamp" and score < 2):
                score, sure = score - 1, min(sure, 0.6)
            if row.read_confidence(found.start, found.end, marks=False) < SURE_CHARACTER:
                sure = min(sure, MISREAD)
            if later:
                sure = min(sure, MISREAD)
            if era:
                score -= 1
                sure = sure if thai else min(sure, MISREAD)
            scored.append((score, -index, date, capped(row, sure)))
    if not scored:
        return None
    score, _, date, sure = max(scored)
    # The invoice's own date label printed with its date unread (`Rechnungsdatum |
    # 29.92.2024`): another date stands in for it, for a person to check.
    own = [
        (index, cell)
        for index, row in enumerate(rows)
        for cell in row.cells
        if _own_date_label(cell.text)
    ]
    dated = (_dated_by(rows, found_in, index, label) for index, label in own)
    if own and not any(dated):
        sure = min(sure, MISREAD)
    # A date its words rule out (`Card Expiry: 31/05/18`, `Due date`) or one read from a
    # number (`Invoice No: 2018041210090010473`) contests nothing.
    contenders = {item[2] for item in scored if item[0] >= 0} | {date}
    if len(contenders) > 1 and score < 2:
        sure -= 0.2
    return date.isoformat(), sure


def _credit_notes_own(before: str) -> bool:
    """The title before the date is the credit note's own (`Gutschrift Nr. G-118 vom`),
    not the invoice a sentence says it corrects after naming it (`Diese Rechnungskorrektur
    ersetzt die Rechnung Nr. 2024-11873 vom`)."""
    credit = list(CREDIT_NOTE.finditer(before))
    return bool(credit) and not _INVOICE_WORD.search(before, credit[-1].end())


#: A credit note's own date: `Gutschriftsdatum`, `Datum der Gutschrift`, `Credit note
#: date`, `Date de l'avoir`, `Kreditnotadato`, `Creditnotadatum`.
_CREDIT_DATE_LABEL = re.compile(
    r"gutschrifts?datum|datum\s*(?:der\s*)?gutschrift|credit\s*(?:note|memo)\s*date"
    r"|date\s*(?:de\s*l['’]\s*)?avoir|[ck]reditnota\s*dat",
    re.IGNORECASE,
)
#: The date label of a credit note's own: the word alone, or the note's (`Date`, `Datum`,
#: `Issue date`, `Gutschriftsdatum`).
_CREDIT_OWN_LABEL = re.compile(
    r"(?:date|datum|dato|data|fecha|issue\s*date|date\s*of\s*issue|date\s*d['’]\s*[ée]mission"
    rf"|ausstellungsdatum|{_CREDIT_DATE_LABEL.pattern})",
    re.IGNORECASE,
)
#: The invoice's date label (`Invoice date`, `Rechnungsdatum`, `Date de facture`).
_INVOICES_LABEL = re.compile(r"\b(?:rechnung|invoice|facture|factura|fattura|factuur)", re.I)
#: The word alone, not in a compound (`Rechnung`, not `Rechnungskorrektur`).
_INVOICE_WORD = re.compile(rf"{_INVOICES_LABEL.pattern}\b", re.I)


def _own_date_label(text: str) -> bool:
    """The invoice's own date label opening a cell of its own, not said in a sentence
    (`30 jours date de facture`, `2% bei Zahlung innerhalb 10 Tagen` / `nach
    Rechnungsdatum`)."""
    return bool(ISSUE_DATE_LABEL.match(text.strip(" :"))) and len(text.split()) <= 4


def _year_first(
    found: FoundDate, text: str, unambiguous: list[set[dt.date]], index: int
) -> dt.date | None:
    """A numeric date with a two-digit year read year first, as card terminals print it
    (`24/10/13` on a slip under the bill's `13 octobre 2024`), where another line prints
    that date so it reads only one way."""
    printed = text[found.start : found.end]
    if found.kind != "num" or not found.day_first or not _TWO_DIGIT_YEAR.fullmatch(printed):
        return None
    try:
        other = dt.date(2000 + found.date.day, found.date.month, found.date.year % 100)
    except ValueError:
        return None
    elsewhere = (dates for at, dates in enumerate(unambiguous) if at != index)
    return other if any(other in dates for dates in elsewhere) else None


_TWO_DIGIT_YEAR = re.compile(r"\d{2}\D\d{1,2}\D\d{2}")


def _dated_by(
    rows: Sequence[Row], found_in: list[list[FoundDate]], index: int, label: Cell
) -> bool:
    """Whether the label's date is printed: on its row or the next, or under it past a line
    of another column squeezed in between (`Invoice Date` over the customer's name beside
    it, then `April 2, 2024`)."""
    if index + 1 >= len(rows):
        return False
    if found_in[index] or found_in[index + 1]:
        return True
    under = index + 2
    # Not another label's date (`Lieferdatum | 28.02.2024` two lines under).
    return (
        under < len(rows)
        and not DATE_LABELS.search(rows[under].text)
        and any(overlaps(cell_at(rows[under], f.start)[1], label) for f in found_in[under])
    )


def _confirmed(
    date: dt.date, rows: Sequence[Row], unambiguous: list[set[dt.date]], index: int
) -> bool:
    """Whether another line prints `date` so it reads only one way: `03/06/2018` over
    `03 Jun 2018`, or under `Invoice No: 2018060310100050084`, a number that starts
    with the date written year, month, day."""
    stamp = re.compile(rf"(?<!\d){date:%Y%m%d}")
    return any(
        date in unambiguous[other] or stamp.search(row.text)
        for other, row in enumerate(rows)
        if other != index
    )
