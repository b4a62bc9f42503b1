"""When the tax a receipt prints was levied: a year the OCR misread shows against it.

Malaysia charged GST at 6% from April 2015 to May 2018 (0% until it ended in August
2018) and Sales and Service Tax before and after it, service tax at 8% from March 2024;
Singapore's GST was 7% until 2022, 8% in 2023 and 9% since 2024. A Malaysian slip that
prints `GST 6%` dated 2013, or a Singaporean one with `GST 9%` dated 2021, was read
wrong in its date or in its tax; either way a person should look at the date.
"""

import datetime as dt
import re

_DAY = dt.date.fromisoformat

#: (currency, what the page prints, first day, last day it was levied).
ERAS: tuple[tuple[str, re.Pattern[str], dt.date, dt.date], ...] = (
    (
        "MYR",
        re.compile(
            r"\bGST\b[^\n%]{0,12}?\b6(?:\.00?)?\s*%|\b(?:SR|S)\s*@?\s*6(?:\.00?)?\s*%", re.I
        ),
        _DAY("2015-04-01"),
        _DAY("2018-05-31"),
    ),
    (
        "MYR",
        re.compile(r"\bservice\s*tax\b[^\n%]{0,12}?\b8(?:\.00?)?\s*%", re.I),
        _DAY("2024-03-01"),
        dt.date.max,
    ),
    (
        "SGD",
        re.compile(r"\bGST\b[^\n%]{0,12}?\b9(?:\.00?)?\s*%", re.I),
        _DAY("2024-01-01"),
        dt.date.max,
    ),
    (
        "SGD",
        re.compile(r"\bGST\b[^\n%]{0,12}?\b8(?:\.00?)?\s*%", re.I),
        _DAY("2023-01-01"),
        _DAY("2023-12-31"),
    ),
    (
        "SGD",
        re.compile(r"\bGST\b[^\n%]{0,12}?\b7(?:\.00?)?\s*%", re.I),
        _DAY("2007-07-01"),
        _DAY("2022-12-31"),
    ),
)
#: What names the country on a page whose currency was misread (a stray `€`).
_COUNTRIES = {
    "MYR": re.compile(r"\bsdn\.?\s*bhd\b|malaysia", re.I),
    "SGD": re.compile(r"singapore|\bpte\.?\s*ltd\b|\bUEN\b", re.I),
}
#: Malaysia's Sales and Service Tax, levied before GST and after it, never beside it.
_SST = re.compile(r"\bSST\b|\bservice\s*tax\b|\bsales\s*tax\b", re.I)
_GST_YEARS = (_DAY("2015-04-01"), _DAY("2018-08-31"))


def out_of_era(text: str, currency: str | None, date: str) -> bool:
    """Whether `date` falls outside the years when a tax `text` prints was levied."""
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        return False
    countries = {code for code, named in _COUNTRIES.items() if named.search(text)}
    if currency in _COUNTRIES:
        countries = {currency}
    for code, printed, first, last in ERAS:
        if code in countries and printed.search(text) and not first <= day <= last:
            return True
    return (
        "MYR" in countries
        and _SST.search(text) is not None
        and not re.search(r"\bGST\b", text)
        and _GST_YEARS[0] <= day <= _GST_YEARS[1]
    )
