"""When the tax a receipt prints was levied: a year the OCR misread shows against it.

Malaysia charged GST at 6% from April 2015 to May 2018 (0% until it ended in August
2018) and Sales and Service Tax before and after it, service tax at 8% from March 2024;
Singapore's GST was 7% until 2022, 8% in 2023 and 9% since 2024. A Malaysian slip that
prints `GST 6%` dated 2013, or a Singaporean one with `GST 9%` dated 2021, was read
wrong in its date or in its tax; either way a person should look at the date.
"""

import datetime as dt
import re

from bot.invoices.amounts import guess_dollar

_DAY = dt.date.fromisoformat


def _rate(tax: str, percent: int) -> re.Pattern[str]:
    """`tax` printed with `percent` a few characters on (`GST @ 6%`, `Service Tax (8.00%)`)."""
    return re.compile(rf"\b{tax}\b[^\n%]{{0,12}}?\b{percent}(?:\.00?)?\s*%", re.I)


#: (currency, what the page prints, first day, last day it was levied).
ERAS: tuple[tuple[str, re.Pattern[str], dt.date, dt.date], ...] = (
    ("MYR", _rate("GST", 6), _DAY("2015-04-01"), _DAY("2018-05-31")),
    # A GST summary's code for the standard rate: `SR @ 6%`, `S 6%`.
    (
        "MYR",
        re.compile(r"\b(?:SR|S)\s*@?\s*6(?:\.00?)?\s*%", re.I),
        _DAY("2015-04-01"),
        _DAY("2018-05-31"),
    ),
    # GST at any rate: Malaysia levied none before April 2015. (Tills went on printing
    # `GST 0%` for a while after it ended in August 2018.)
    (
        "MYR",
        re.compile(r"\bGST\b[^\n%]{0,12}?\d(?:\.\d+)?\s*%", re.I),
        _DAY("2015-04-01"),
        dt.date.max,
    ),
    # A GST registration number (twelve digits: `GST ID No : 000306020352`): businesses
    # registered from June 2014, to charge GST from April 2015.
    ("MYR", re.compile(r"\bGST\b[^\n\d]{0,20}\d{12}\b", re.I), _DAY("2014-06-01"), dt.date.max),
    ("MYR", _rate(r"service\s*tax", 8), _DAY("2024-03-01"), dt.date.max),
    ("SGD", _rate("GST", 9), _DAY("2024-01-01"), dt.date.max),
    ("SGD", _rate("GST", 8), _DAY("2023-01-01"), _DAY("2023-12-31")),
    ("SGD", _rate("GST", 7), _DAY("2007-07-01"), _DAY("2022-12-31")),
)
#: Malaysia's Sales and Service Tax, levied before GST and after it, never beside it.
_SST = re.compile(r"\bSST\b|\bservice\s*tax\b|\bsales\s*tax\b", re.I)
_GST_YEARS = (_DAY("2015-04-01"), _DAY("2018-08-31"))


def out_of_era(text: str, currency: str | None, date: str) -> bool:
    """Whether `date` falls outside the years when a tax `text` prints was levied. The
    country is the currency's, or, where that was misread (a stray `€`), the one the
    page's words name (`Sdn Bhd`, `Pte Ltd`, `PayNow`)."""
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        return False
    country = currency if currency in ("MYR", "SGD") else guess_dollar(text)
    for code, printed, first, last in ERAS:
        if code == country and printed.search(text) and not first <= day <= last:
            return True
    return (
        country == "MYR"
        and _SST.search(text) is not None
        and not re.search(r"\bGST\b", text)
        and _GST_YEARS[0] <= day <= _GST_YEARS[1]
    )
