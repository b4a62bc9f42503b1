"""The amount an invoice writes out in words (`RINGGIT MALAYSIA: ONE THOUSAND TWO HUNDRED
AND SEVENTY TWO AND SEN TWENTY ONLY`, `Rupees Nineteen Thousand Six Hundred Sixty Nine
Only`, `deux mille cinq cent dix-neuf euros et quarante centimes`).

Invoices in Malaysia, India and much of Asia and Africa, and cheques everywhere, spell
the amount payable out as well as printing it. A total that is neither the amount in
words nor the amount due beside it (which a rounding or a deposit may make it) was read
from the wrong line, whatever its label said, so the words are a check of their own.
Number words become digits by text2num (`alpha2digit`), in the languages the labels
cover that it knows.
"""

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

from text_to_num import alpha2digit

from bot.invoices.layout import Row

#: text2num's languages among the labels' (English first: most amounts in words are).
LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl")
#: The currency's name, which an amount in words opens or closes.
_CURRENCY = (
    r"ringgit(?:\s+malaysia)?|(?:indian\s+)?rupees?|(?:\w+\s+)?dollars?|euros?|pounds?"
    r"|francs?|dirhams?|riyals?|rand|shillings?|pesos?"
)
#: Digits the words made, right after the currency's name (`ringgit malaysia: 1272`,
#: `Rupees in words: 4696`) or right before it (`12 dollars`), then perhaps the hundredths.
_AMOUNT = re.compile(
    rf"(?:\b(?:{_CURRENCY})(?:\s+in\s+words)?\W{{0,3}}(?P<after>\d{{1,9}})"
    rf"|(?P<before>\d{{1,9}})\s+(?:{_CURRENCY}))\b",
    re.IGNORECASE,
)
#: The hundredths' names (`SEN TWENTY`, `40 centimes`).
_HUNDREDTH = r"sen|cents?|paise|centimes?|cent|centavos?|centesimi|pence"
_HUNDREDTHS = re.compile(
    rf"^\D{{0,12}}?\b(?:(?:{_HUNDREDTH})\s+(\d{{1,2}})|(\d{{1,2}})\s+(?:{_HUNDREDTH}))\b",
    re.IGNORECASE,
)
#: What closes an amount in words that opens with its currency.
_ONLY = r"only|seulement|nur|solamente|soltanto|slechts"
_CLOSING = re.compile(rf"[^\w\u2003]*(?:{_ONLY})\b", re.IGNORECASE)
#: Indian numbering (`One Lakh Forty-Seven Thousand`), which text2num does not read.
_INDIAN = re.compile(r"\b(?:lakhs?|lacs?|crores?)\b", re.IGNORECASE)


def amounts_in_words(rows: Sequence[Row]) -> list[Decimal]:
    """Each amount a line of the page writes out in words with its currency's name, in
    page order, with the words it wraps onto the next line under them. Words wrapped
    otherwise, or counted in lakhs, are left out: no evidence rather than wrong evidence."""
    found: list[Decimal] = []
    for index, row in enumerate(rows):
        read = list(_read(row.text))
        if not read and (wrapped := _wrapped(rows, index)):
            read = list(_read(wrapped))
        found.extend(read)
    return found


def _wrapped(rows: Sequence[Row], index: int) -> str | None:
    """The words of an amount that wrap onto the next line, closing there (`RINGGIT
    MALAYSIA: ONE THOUSAND FIVE` over `HUNDRED AND TWENTY TWO AND SEN FIFTEEN ONLY`), as
    one text: from the cell that names the currency, over the cells of number words after
    it, to the first cell of the next line if it stands under them. The other columns
    beside them (`Total Excl. GST | 733.00`) are left out."""
    if index + 1 >= len(rows):
        return None
    cells = rows[index].cells
    start = next(
        (n for n, cell in enumerate(cells) if re.search(_CURRENCY, cell.text, re.IGNORECASE)),
        None,
    )
    if start is None or any(ch.isdigit() for ch in cells[start].text):
        return None
    run = [cells[start]]
    for cell in cells[start + 1 :]:
        if not _number_words(cell.text):
            break
        run.append(cell)
    after = rows[index + 1].cells[0]
    if (
        not _number_words(after.text)
        or not _CLOSES.search(after.text)
        or after.x > run[-1].right
        or after.right < run[0].x
    ):
        return None
    return " ".join(cell.text for cell in (*run, after))


#: What may stand among number words: the currency, its hundredths, `and`, `only`.
_GLUE = re.compile(
    rf"\b(?:{_CURRENCY}|and|et|und|y|e|en|{_HUNDREDTH}|{_ONLY})\b|[\d\W_]", re.IGNORECASE
)
#: Words that close on their line (`… NINETY EIGHT ONLY`).
_CLOSES = re.compile(rf"{_CLOSING.pattern}\W*$", re.IGNORECASE)


def _number_words(text: str) -> bool:
    """Whether `text` holds number words and nothing else but what goes with them."""
    lowered = text.lower()
    if any(ch.isdigit() for ch in lowered):
        return False
    return any(
        (digits := alpha2digit(lowered, language)) != lowered and not _GLUE.sub("", digits)
        for language in LANGUAGES
    )


def _read(text: str) -> Iterator[Decimal]:
    lowered = text.lower()
    if _INDIAN.search(lowered) or not re.search(_CURRENCY, lowered):
        return
    printed = set(re.findall(r"\d+", lowered))
    for language in LANGUAGES:
        digits = alpha2digit(lowered, language)
        if digits == lowered:
            continue
        for found in _AMOUNT.finditer(digits):
            units = found.group("after") or found.group("before")
            # Only numbers the words made: digits printed as such are the page's own.
            if units in printed:
                continue
            rest = digits[found.end() :]
            cents = _HUNDREDTHS.match(rest)
            hundredths = next((group for group in cents.groups() if group), "0") if cents else "0"
            # Words opening with the currency end with `only` on their line; words that
            # wrap onto the next (`ONE THOUSAND FIVE` / `HUNDRED NINETY ONLY`) are cut.
            if found.group("after") and not _CLOSING.match(rest[cents.end() if cents else 0 :]):
                continue
            yield Decimal(units) + Decimal(hundredths) / 100
        return


def contradicts(written: Sequence[Decimal], *amounts: float | None) -> bool:
    """Whether the page writes an amount out in words and none of `amounts` (the total,
    the amount due) is it, to the cent."""
    read = [Decimal(str(abs(amount))) for amount in amounts if amount is not None]
    return bool(written) and bool(read) and not any(
        abs(words - amount) < Decimal("0.005") for words in written for amount in read
    )


def one_digit_off(written: Sequence[Decimal], amount: float) -> Decimal | None:
    """The amount in words that `amount` is, but for one digit in the same place
    (`776.96` printed, `… SEVENTY SIX AND CENTS NINETY EIGHT ONLY` written): a digit the
    OCR misread, as letters rarely make other number words."""
    printed = f"{abs(Decimal(str(amount))):.2f}"
    near = [
        words
        for words in written
        if len(shown := f"{words:.2f}") == len(printed)
        and sum(a != b for a, b in zip(shown, printed, strict=True)) == 1
    ]
    return near[0] if len(set(near)) == 1 else None
