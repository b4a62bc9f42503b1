"""Money in OCR text: amounts with either decimal mark, and the currency they are in."""

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import pycountry

#: Symbols and local abbreviations; `$` alone is settled by `guess_dollar`.
SYMBOLS: dict[str, str] = {
    "RM": "MYR",
    "S$": "SGD",
    "HK$": "HKD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "NZ$": "NZD",
    "US$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "CNY",
    "￥": "CNY",
    "元": "CNY",
    "人民币": "CNY",
    "₹": "INR",
    "Rs": "INR",
    "RS.": "INR",
    "₩": "KRW",
    "฿": "THB",
    "₱": "PHP",
    "R": "ZAR",
    "R$": "BRL",
    # Peru's sol (`S/ 68.81`), only beside an amount: `S/B` is a Malaysian company form.
    "S/": "PEN",
    "Rp": "IDR",
    "₫": "VND",
    "₦": "NGN",
    "N": "NGN",
    "KSh": "KES",
    "Ksh": "KES",
    "zł": "PLN",
    "Kč": "CZK",
    "Ft": "HUF",
    "Fr.": "CHF",
    "kr": "SEK",
    # Romania's leu, after the amount (`6.423,89 lei`); `Lei` is a pronoun in Italian.
    "lei": "RON",
    # Morocco's dirham, Tunisia's dinar and the CFA franc (the West African one, unless
    # the page is Central African: `CEMAC`), beside their amounts (`TOTAL DH 254,35`,
    # `46,875 DT`, `125 000 FCFA`).
    "DH": "MAD",
    "DT": "TND",
    "FCFA": "XOF",
    # Bulgaria's lev, after the amount (`7 361,40 лв.`).
    "лв": "BGN",
}
#: Symbols that are words too (`Fr.` is francs, and `Frau` or `Mo.-Fr. 08.30 Uhr` in
#: German): a currency only beside an amount, not a time of day.
#: So are the dirham's `DH` and the dinar's `DT` (`DT:028 3894 4505` is a Vietnamese
#: phone, `SEREMBAN 2 DT` a drive-through).
BESIDE_AMOUNTS = frozenset({"Fr.", "Ft", "kr", "S/", "lei", "DH", "DT", "лв"})
#: Symbols that are letters on their own too (a tax code `8.50 R`): a currency only run
#: into an amount with cents (`R323.85`, the rand; `N5,750.00`, the naira printed
#: without its ₦).
RUN_INTO_AMOUNTS = frozenset({"R", "N"})
#: Currencies priced in whole units, their sign after the amount (`4 590 Ft`, `45 kr`).
WHOLE_UNITS = frozenset({"Ft", "kr"})
#: Which crowns `kr` are, or a page with no currency printed counts in: Norway's beside
#: `MVA`, Denmark's beside `CVR` or `Dankort`.
CROWNS = (
    (re.compile(r"\bmva\b|\bnorge\b", re.IGNORECASE), "NOK"),
    (re.compile(r"\bcvr\b|dankort|\bdanmark\b|moms\s*udg", re.IGNORECASE), "DKK"),
    (re.compile(r"kennitala|\bvsk\b|\b[íi]sland\b|reykjav[íi]k", re.IGNORECASE), "ISK"),
)
#: A line that heads or labels amounts, whose code alone says their currency (`Att betala
#: SEK`, `Amount EUR` over a column).
_AMOUNT_HEADING = re.compile(
    r"total|amount|betrag|summe|bedrag|montant|importe|importo|betala|belopp|price|prix|prijs"
    r"|preis|prezzo|precio|\bsum\b"
    # Central and Eastern Europe's (`Kaina, EUR`, `Bendra suma, EUR:`, `Kokku tasuda (EUR)`).
    r"|kaina|\bsuma\b|\bsumma\b|\bhind\b|\bcena\b|cijena|iznos|[öo]sszeg|valoare|kokku|tasuda",
    re.IGNORECASE,
)
#: A currency's letters in an amount's heading: after its word (`Amount RM`, `Total
#: (RM)`), or before it (`RM Amount`), or in brackets of their own.
_HEADING_BEFORE = re.compile(rf"(?:(?:{_AMOUNT_HEADING.pattern})\W{{0,3}}|\()$", re.IGNORECASE)
_HEADING_AFTER = re.compile(rf"\W{{0,3}}(?:{_AMOUNT_HEADING.pattern})", re.IGNORECASE)
#: A word and a space: what a code that ends a description follows.
_AFTER_WORD = re.compile(r"[^\W\d_]{2,}[ \t]$")
#: Codes that are words on receipts too (`GEL PEN`, `TOP`, `ALL`) or a table's column
#: headings (`SHP`: shipped, `STD`, `SVC`): no vote when alone.
WORDLIKE_CODES = frozenset(
    {"ALL", "TOP", "CUP", "PEN", "GEL", "BAM", "MOP", "SOS", "TRY", "MAD", "SHP", "STD", "SVC"}
)
#: How sure a bare `$` is in US dollars when nothing on the page names a country: a guess,
#: which settles neither the currency nor the order of day and month.
GUESSED_DOLLAR = 0.65
#: Words that tell which country's dollar a bare `$` is.
DOLLAR_HINTS: dict[str, str] = {
    "malaysia": "MYR",
    "sdn bhd": "MYR",
    "sdn. bhd": "MYR",
    "singapore": "SGD",
    "uen": "SGD",
    "pte ltd": "SGD",
    "pte. ltd": "SGD",
    # Singapore's bank transfer by phone number or UEN, its own.
    "paynow": "SGD",
    "australia": "AUD",
    "abn": "AUD",
    "pty ltd": "AUD",
    "pty. ltd": "AUD",
    ".com.au": "AUD",
    ".co.nz": "NZD",
    "canada": "CAD",
    "hst": "CAD",
    "qst": "CAD",
    # Québec's taxes and places, in French.
    "tps": "CAD",
    "tvq": "CAD",
    "québec": "CAD",
    "quebec": "CAD",
    "montréal": "CAD",
    "montreal": "CAD",
    "interac": "CAD",
    "hong kong": "HKD",
    "new zealand": "NZD",
    "nz": "NZD",
    "aotearoa": "NZD",
    "auckland": "NZD",
    "christchurch": "NZD",
    "tauranga": "NZD",
    "dunedin": "NZD",
    # The Philippines' peso, where the page says `pesos` too: its tax office's permit,
    # its districts.
    "philippines": "PHP",
    "bir atp": "PHP",
    "bir permit": "PHP",
    "brgy": "PHP",
    "barangay": "PHP",
    "poblacion": "PHP",
    "mexico": "MXN",
    "méxico": "MXN",
    "cdmx": "MXN",
    "m.n": "MXN",
    "rfc": "MXN",
    # The other countries whose pesos are written `$`, by name or tax id.
    "chile": "CLP",
    "rut": "CLP",
    "r.u.t": "CLP",
    "boleta electrónica": "CLP",
    "boleta electronica": "CLP",
    "s.i.i": "CLP",
    "colombia": "COP",
    "nit": "COP",
    "dian": "COP",
    "cufe": "COP",
    "argentina": "ARS",
    "cuit": "ARS",
    "c.u.i.t": "ARS",
    "afip": "ARS",
    # Argentina's provincial turnover tax, on every invoice's head.
    "ingresos brutos": "ARS",
    "ing. brutos": "ARS",
    # Pesos named with no country: Mexico's, the most written.
    "pesos": "MXN",
}
#: A Japanese page: its `¥` is yen, not yuan.
JAPAN = re.compile(
    r"japan|tokyo|osaka|kyoto|yokohama|nagoya|sapporo|fukuoka|\bkobe\b|shinjuku|shibuya"
    r"|\bginza\b|\d-chome\b|〒|株式会社|有限会社|合同会社|円|丁目"
    # Kana: only Japanese writes them.
    r"|[\u3041-\u3096\u30a1-\u30fa]",
    re.IGNORECASE,
)
SRI_LANKA = re.compile(r"sri\s*lanka|colombo|kandy|\bgalle\b", re.IGNORECASE)
#: Pakistan's name, cities and tax registrations (`NTN`, `STRN`, the `FBR`'s invoice).
PAKISTAN = re.compile(
    r"pakistan|karachi|lahore|islamabad|rawalpindi|faisalabad|peshawar|multan|quetta"
    r"|\b(?:NTN|STRN|FBR)\b",
    re.IGNORECASE,
)
NEPAL = re.compile(r"nepal|kathmandu|lalitpur|pokhara|bhaktapur", re.IGNORECASE)
MOROCCO = re.compile(
    r"\bmaroc\b|\bmorocco\b|casablanca|\brabat\b|marrakech|\bf[èe]s\b|\btanger\b|\bagadir\b"
    r"|\bICE\s*:?\s*\d{15}\b|\bdirhams?\b",
    re.IGNORECASE,
)
TUNISIA = re.compile(
    r"tunisi[ea]|\btunis\b|\bsfax\b|\bsousse\b|monastir|hammamet|\bnabeul\b|\bbizerte\b"
    r"|matricule\s*fiscal|\bmillimes\b",
    re.IGNORECASE,
)
_EMIRATES = re.compile(
    r"\bdubai\b|abu\s*dhabi|sharjah|\bajman\b|\bu\.?a\.?e\b|united\s*arab\s*emirates", re.IGNORECASE
)
#: The West African monetary union's countries (the CFA franc `XOF`) and the Central
#: African one's (`XAF`), by country, capital, business city or company register.
WEST_AFRICAN_CFA = re.compile(
    r"s[ée]n[ée]gal|\bdakar\b|c[ôo]te\s*d['’]\s*ivoire|abidjan|\bbamako\b|\bmali\b|burkina"
    r"|ouagadougou|\bb[ée]nin\b|cotonou|\btogo\b|\blom[ée]\b|\bniamey\b|\bninea\b|\buemoa\b",
    re.IGNORECASE,
)
CENTRAL_AFRICAN_CFA = re.compile(
    r"cameroun|cameroon|douala|yaound[ée]|\bgabon\b|libreville|brazzaville|pointe-noire"
    r"|\btchad\b|n['’]\s*djamena|bangui|malabo|\bcemac\b",
    re.IGNORECASE,
)
#: South Africa's company form `(Pty) Ltd` (Australia's has no brackets), its company
#: registration number (`2009/014722/07`) and its largest cities.
SOUTH_AFRICA = re.compile(
    r"\(pty\)\s*ltd|\b(?:19|20)\d\d/\d{6}/\d\d\b|south\s*africa|johannesburg|pretoria"
    r"|cape\s*town|durban|gauteng|sandton|soweto|bloemfontein|gqeberha",
    re.IGNORECASE,
)
#: Malaysia's name, states and cities: a page that prints no currency counts in ringgit
#: (a Melaka bakery's slip, a Kuala Lumpur petrol station's).
MALAYSIA = re.compile(
    r"malaysia|kuala\s*lumpur|selangor|johor|melaka|malacca|pulau\s*pinang|penang"
    r"|\bperak\b|\bipoh\b|kedah|kelantan|pahang|\bsabah\b|sarawak|terengganu|perlis"
    r"|negeri\s*sembilan|putrajaya",
    re.IGNORECASE,
)
_INDIA = re.compile(r"\bGSTIN\b|\b[CSI]GST\b|₹")
#: A sign several countries print, the currency `SYMBOLS` reads it as, and where the page's
#: words make it another's, unless others say it is the first's after all: a rupee
#: (`Rs.`) in Sri Lanka, Pakistan or Nepal with no Indian GST, a `DH` in the Emirates, a
#: `FCFA` in Central Africa.
_SHARED_SIGNS: tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None, str], ...] = (
    ("INR", SRI_LANKA, _INDIA, "LKR"),
    ("INR", PAKISTAN, _INDIA, "PKR"),
    ("INR", NEPAL, _INDIA, "NPR"),
    ("MAD", _EMIRATES, MOROCCO, "AED"),
    ("XOF", CENTRAL_AFRICAN_CFA, None, "XAF"),
)
#: What tells the country of a page that prints no currency sign or code at all.
COUNTRY_HINTS: tuple[tuple[re.Pattern[str], str], ...] = (
    # India's GST registration and its parts.
    (re.compile(r"\bGSTIN\b|\b[CSI]GST\b"), "INR"),
    (re.compile(r"thailand|bangkok|chiang\s*mai|phuket|pattaya|\bbaht\b", re.I), "THB"),
    # Not a stationer's manila card or envelope.
    (
        re.compile(
            r"philippines|manila(?!\s*(?:card|envelope|folder|paper|board))|makati|quezon|cebu"
            r"|vat\s*reg\.?\s*tin|\bosca\b",
            re.I,
        ),
        "PHP",
    ),
    (re.compile(r"indonesia|jakarta|surabaya|bandung|depok|\bnpwp\b|\bppn\b", re.I), "IDR"),
    (
        re.compile(
            r"vi[eệ]t\s*nam|h[aà]\s*n[oộ]i|h[oồ]\s*ch[ií]\s*minh|gtgt|thanh\s*to[aá]n", re.I
        ),
        "VND",
    ),
    (SRI_LANKA, "LKR"),
    (PAKISTAN, "PKR"),
    (SOUTH_AFRICA, "ZAR"),
    (MOROCCO, "MAD"),
    (TUNISIA, "TND"),
    (CENTRAL_AFRICAN_CFA, "XAF"),
    (WEST_AFRICAN_CFA, "XOF"),
    # The Gulf's dinars and rial counted in thousandths, printed `BD`, `KD`, `RO`.
    (re.compile(r"\bbahrain\b|\bmanama\b", re.I), "BHD"),
    (re.compile(r"\bsultanate\s+of\s+oman\b|\boman\b|\bmuscat\b", re.I), "OMR"),
    (re.compile(r"\bkuwait\b", re.I), "KWD"),
    # Sweden's giro accounts, its tax registration for firms, its VAT number.
    (re.compile(r"bankgiro|plusgiro|f-skatt|\bsverige\b|\bSE\s?\d{10}\s?01\b", re.I), "SEK"),
)
#: Names of VAT that euro countries print (`BTW`, `MwSt`, `USt`, `TVA`, `IVA`): a page
#: without a symbol or code is in euros, unless it is Swiss (`MWST`, `TVA` there too).
EURO_TAXES = re.compile(r"\b(?:btw|mwst|ust|tva|iva|alv)\b", re.IGNORECASE)
SWISS = re.compile(r"\b(?:chf|schweiz|suisse|svizzera|switzerland|che-?\d{3})", re.IGNORECASE)
#: A Canadian address after its city (`Toronto, ON M5V 2T6`): its `$` is CAD.
CANADIAN_ADDRESS = re.compile(
    r"[a-z],?\s*(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b",
    re.IGNORECASE,
)
#: A US address after its city (`Austin, TX 78701`, or `SPRINGFIELD IL 62704` ending its
#: line): a page without a symbol or code counts in dollars (a till receipt's bare `12.99`).
US_ADDRESS = re.compile(
    r"[a-z](?:,\s*|\s+(?=\w\w\s+\d{5}(?:-\d{4})?\s*$))"
    r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN"
    r"|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)"
    r"\s+\d{5}(?:-\d{4})?\b",
    re.IGNORECASE | re.MULTILINE,
)
#: Less `SVC`, El Salvador's colón (replaced by the dollar in 2001): on a bill it is the
#: service charge (`12.5% SVC 4.50`), not a currency before the amount.
#: Nor the Swiss WIR bank's units, `CHE` and `CHW`, which no invoice is in: `CHE-` opens
#: a Swiss company's VAT number (`CHE-318.447.920 MWST`).
#: Nor `KGS`, Kyrgyzstan's som, which a shipment's weights print for kilograms
#: (`Total gross weight: 9,412.00 KGS`).
_CURRENCY_CODES = frozenset(currency.alpha_3 for currency in pycountry.currencies) - {
    "SVC",
    "CHE",
    "CHW",
    "KGS",
}
#: A code the page names as its currency: `Währung: EUR`, `Currency EUR`, `Beträge in
#: EUR`, a column's heading `Brutto EUR` / `Amount (MYR)`.
_NAMED_CODE = re.compile(
    r"(?i:w[äa]e?hrung|currency|devise|valuta|moneda|divisa|mata\s*wang)\s*[:：]?\s*([A-Z]{3})\b"
    r"|(?:\b(?i:in|en)\s+|(?i:netto|brutto|betrag|summe|amount|total|price|preis|mwst|tax|vat)"
    r"\.?\s*\(?)([A-Z]{3})\)?(?=[ \t\u2003]*(?:$|[\d:),;|]))",
    re.MULTILINE,
)

#: Thousands grouped by threes, or the Indian way (lakh, crore: `1,36,190.00`); a
#: till's wide print the OCR split before its decimal point (`55 .10`).
_NUMBER = (
    r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?"
    r"|\d{1,3}(?:[,.'’\u202f\u00a0 ]\d{3})+(?:[.,]\d{1,2})?|\d+[.,]\d{2}|\d+[ \u2003]\.\d{2}(?!\d)"
    r"|[.,]\d{2}(?!\d)"
)
_PREFIX = (
    r"(?P<prefix>[A-Z]{3}|RM|S\$|HK\$|A\$|C\$|US\$|R\$|[$€£¥￥₹₩฿₱₫₦]|Rs\.?|Rp|K[Ss]h"
    # The peso sign as a plain P (printers without ₱, or OCR), the naira's as N, and the
    # rand's R run into its amount (`R323.85`, `R20 024.95`): only before cents.
    r"|[PRN](?=\d{1,3}(?:,\d{3})*\.\d{2}(?!\d)|\d{1,3}(?: \d{3})+[.,]\d{2}(?!\d)"
    r"|\d{4,6}\.\d{2}(?!\d)))?"
)
#: Whole units with a dash for their cents: India's `Rs. 1,250/-`, Switzerland's and
#: Germany's `42.–`, a Malaysian cash bill's handwritten `42-`. Not a range or a phone
#: number's groups (`9-8-2016`, `016-452`).
_WHOLE_DASHED = r"(?:\d{1,3}(?:,\d{3})+|\d{1,7})(?=[./]?[-–](?![\w-]))"
#: A speck read as a point before an amount that has its own decimal mark (`.87,40`).
_SPECK = r"(?:\.(?=\d{1,3}(?:[.,]\d{3})*[.,]\d{2}(?![\d.,])))?"
AMOUNT = re.compile(
    rf"(?<![\w.,/:-])(?P<minus>-)?\s?{_PREFIX}\s?(?P<sign>-)?\s?{_SPECK}"
    rf"(?P<number>{_NUMBER}|(?<=[$€£¥￥₹])\d+|{_WHOLE_DASHED})"
    # Not a quantity with three decimals and its times sign (`1,000×`, `0.500 x`); nor a
    # fraction or a date, though a subscription's price per period is (`₹149.00/month`);
    # nor a distance (`NEXT SERVICE DUE AT 55,000 MI`, `Odometer 45,120 km`).
    r"(?![\d:]|/(?!(?i:month|mo|year|yr|week|wk|mois|an|monat|jahr|mes|a[ñn]o)\b|[-–])"
    r"|[.,]\d|\s?%|(?<=[.,]\d{3})\s?[×xX](?![A-Za-z])"
    r"|\s?(?i:mi|miles?|kms?|kilomet(?:er|re)s?)\b)",
)


@dataclass(frozen=True)
class Amount:
    value: Decimal
    currency: str | None
    start: int
    end: int


#: An amount the OCR read with letters for some digits (`2O.50`, `l4.90`, `41.S0`).
MISREAD_AMOUNT = re.compile(
    r"(?:(?<![A-Za-z])|(?<=RM))"
    r"(?=[\dOSIlB]*[.,][\dOSIlB]{2}(?![\w.,]))"
    r"(?=[^\s]*\d)(?=[^\s]*[OSIlB])"
    r"[\dOSIlB]+[.,][\dOSIlB]{2}(?![\w.,])"
)


#: Currencies counted in thousandths: the Bahraini, Iraqi, Jordanian, Kuwaiti, Libyan and
#: Tunisian dinar's fils or millimes, the Omani rial's baisa (`TOTAL OMR 7.245`).
THOUSANDTHS = frozenset({"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"})
_DECIMALS: ContextVar[int] = ContextVar("decimals", default=2)


@contextmanager
def counted_in(currency: str | None) -> Iterator[None]:
    """Within it, amounts read in `currency`: a point before three digits is the decimal
    mark of a currency counted in thousandths, elsewhere it groups thousands."""
    token = _DECIMALS.set(3 if currency in THOUSANDTHS else 2)
    try:
        yield
    finally:
        _DECIMALS.reset(token)


def money(value: float, currency: str | None = None) -> str:
    """`1,234.50`; `7.245` in a currency counted in thousandths."""
    return f"{value:,.{3 if currency in THOUSANDTHS else 2}f}"


def parse_number(text: str) -> Decimal | None:
    """`1,234.56`, `1.234,56`, `7,50`, `1 234` → a Decimal; the last mark followed by
    one or two digits is the decimal mark (three after a point, in a currency counted in
    thousandths), the others group thousands."""
    digits = re.sub(r"[\s'’]", "", text)
    places = r"\d{1,2}|(?<=[.,])\d{3}" if _DECIMALS.get() == 3 else r"\d{1,2}"
    match = re.search(rf"[.,]({places})$", digits)
    whole = digits[: match.start()] if match else digits
    whole = re.sub(r"[.,]", "", whole) or "0"
    try:
        return Decimal(f"{whole}.{match.group(1)}" if match else whole)
    except InvalidOperation:
        return None


def amounts(text: str) -> list[Amount]:
    """Every amount in `text`, skipping percentages, times, dates and long reference numbers."""
    found = []
    for match in AMOUNT.finditer(text):
        value = parse_number(match.group("number"))
        if value is None:
            continue
        prefix = (match.group("prefix") or "").rstrip(".")
        currency = currency_of(prefix) if prefix else None
        start, negative = match.start(), bool(match.group("minus") or match.group("sign"))
        if prefix and currency is None:
            start, negative = match.start("sign" if match.group("sign") else "number"), False
            negative = bool(match.group("sign"))
        if negative:
            value = -value
        found.append(Amount(value, currency, start, match.end()))
    return found


def stated_currency(text: str, value: Decimal) -> str | None:
    """The currency `text` prints its amount `value` in, by an ISO code or a sign no
    other currency shares (`TOTAL FOB VALUE USD 36,900.00`, `36.900,00 EUR`, `£412.00`);
    None for a `$`, a `¥` or no sign at all."""
    for found in amounts(text):
        if abs(found.value) != abs(value):
            continue
        before = _STATED_BEFORE.match(text, found.start)
        after = _STATED_AFTER.match(text, found.end)
        for sign in (before and before[1], after and after[1]):
            if sign in _UNSHARED_SIGNS:
                return _UNSHARED_SIGNS[sign]
            if sign in _CURRENCY_CODES:
                return sign
    return None


_UNSHARED_SIGNS = {"€": "EUR", "£": "GBP", "₹": "INR"}
_STATED_BEFORE = re.compile(r"-?\s?([A-Z]{3}|[€£₹])")
_STATED_AFTER = re.compile(r"\s?([A-Z]{3}|[€£₹])(?![A-Za-z])")


def sum_alone(text: str) -> bool:
    """A sum of money to the cent and nothing more but its currency's code or sign after it
    (`38,60 EUR`, `RM 2.30`, `-414,00 €`)."""
    found = amounts(text)
    return (
        len(found) == 1
        and found[0].start == 0
        and re.search(r"[.,]\d{2}$", text[: found[0].end]) is not None
        and _CURRENCY_AFTER.fullmatch(text[found[0].end :]) is not None
    )


_CURRENCY_AFTER = re.compile(r"\s*(?:[A-Z]{3}|[$€£¥])?")


def currency_of(token: str) -> str | None:
    """The ISO 4217 code a symbol or code stands for; `$` counts as USD here."""
    if token in SYMBOLS:
        return SYMBOLS[token]
    if token == "$":
        return "USD"
    upper = token.upper()
    return upper if upper in _CURRENCY_CODES and upper == token else None


def is_known(code: str | None) -> bool:
    return code is not None and code in _CURRENCY_CODES


def guess_currency(text: str) -> tuple[str | None, float]:
    """The document's currency and how sure we are (0–1), from codes, symbols and hints."""
    votes: Counter[str] = Counter()
    # Signs beside no price, by currency.
    unpriced: Counter[str] = Counter()
    # Thousands in groups of three, so a code glued to a number (`SKU SVC01 | 79.00`)
    # does not take the number for a price in that currency.
    money = r"\d{1,3}(?:[,.'’\u202f\u00a0 ]?\d{3})*[.,]\d{2}(?!\d)"
    whole = r"\d{1,3}(?:[.\u202f\u00a0 ]?\d{3})*"
    # On one line only: a price ends one row and an item's name starts the next.
    beside_number = (
        rf"(?<![A-Za-z])([A-Z]{{3}})[^\S\n]?-?{money}|{money}[^\S\n]?([A-Z]{{3}})(?![A-Za-z])"
    )
    for beside in re.finditer(beside_number, text):
        before, after = beside.groups()
        # A code that is a word too ends an item's name, not a price's sign (`Tasa de
        # salida de pasajeros MAD | 13,85`, Madrid's airport).
        if before in WORDLIKE_CODES and _AFTER_WORD.search(text, 0, beside.start()):
            continue
        if (before or after) in _CURRENCY_CODES:
            votes[before or after] += 2
    for line in text.splitlines():
        if not _AMOUNT_HEADING.search(line):
            continue
        for alone in re.findall(r"(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])", line):
            if alone in _CURRENCY_CODES and alone not in WORDLIKE_CODES:
                votes[alone] += 1
    for labelled, after_in in _NAMED_CODE.findall(text):
        if (code := labelled or after_in) in _CURRENCY_CODES:
            votes[code] += 2
    for symbol, code in SYMBOLS.items():
        pattern = re.escape(symbol)
        if symbol in RUN_INTO_AMOUNTS:
            pattern = rf"(?<![\w.-]){pattern}{money}"
        elif symbol in BESIDE_AMOUNTS:
            clock = r"(?!\s*(?:[-–]|(?i:uhr|h)\b))"
            # On one line: a price ends one row, `S/N: 43F1S7A0029381` opens the next.
            pattern = rf"(?<![\w.-]){pattern}[^\S\n]?{money}{clock}|{money}[^\S\n]?{pattern}"
            if symbol in WHOLE_UNITS:
                # No forint price is under a hundred; feet are (`32 Ft MXL` trucks).
                counted = r"(?=\d{3}|\d{1,3}[.\u202f\u00a0 ]\d{3})" if symbol == "Ft" else ""
                pattern += rf"|(?<![\d.,]){counted}{whole}[^\S\n]?{re.escape(symbol)}\b"
        elif symbol.rstrip(".").isalpha() and symbol.isascii():
            # Not an abbreviation before a word: Indonesia's `RM. Padang Sari Bundo` is a
            # rumah makan (Malaysia's `Total RM Incl. of GST` is ringgit).
            # Nor a record's number after `No.` (Indonesia's `No. RM 00-12-3456`).
            pattern = (
                rf"(?<![A-Za-z])(?<!\bNo\.\s)(?<!\bNo\s){pattern}(?=[\s\d.:)]|$)"
                r"(?!\.[^\S\n]*[^\W\d_]{2})"
            )
            # Letters before no number, after no amount and in no amount's heading may be
            # initials (`OK to pay - RM`): half a vote.
            for line in text.splitlines():
                for sign in re.finditer(pattern, line):
                    # Letters run into four digits or more with no cents are a code (a
                    # hotel folio's room `RM1714`), not a price.
                    if re.match(r"\d{4,}(?![\d.,])", line[sign.end() :]):
                        continue
                    priced = re.match(r"[^\S\n]?[:.]?[^\S\n]*-?\d", line[sign.end() :])
                    after = re.search(rf"{money}[^\S\n]?$", line[: sign.start()])
                    heading = _HEADING_BEFORE.search(line[: sign.start()]) or _HEADING_AFTER.match(
                        line[sign.end() :]
                    )
                    votes[code] += 2 if priced or after or heading else 1
            continue
        elif symbol.endswith("$"):
            pattern = rf"(?<![A-Za-z]){pattern}"
        else:
            found = len(re.findall(pattern, text))
            priced = len(re.findall(rf"{pattern}\s?-?{money}|{money}\s?{pattern}", text))
            unpriced[code] += found - priced
            votes[code] += 2 * found
            continue
        votes[code] += 2 * len(re.findall(pattern, text))
    for read_as, place, unless, instead in _SHARED_SIGNS:
        if read_as in votes and place.search(text) and not (unless and unless.search(text)):
            votes[instead] += votes.pop(read_as)
    if "SEK" in votes and (crowns := _crowns(text)):
        votes[crowns] += votes.pop("SEK")
    # Not an S the OCR read as a dollar in a word (`Authorised $ignatory`).
    dollars = len(re.findall(r"(?<![A-Z])\$(?![a-z])", text))
    if dollars:
        votes[guess_dollar(text)] += 2 * dollars
    votes = +votes
    if not votes:
        hinted = guess_dollar(text)
        if hinted in ("MYR", "USD") and MALAYSIA.search(text):
            return "MYR", 0.75
        if hinted != "USD":
            return hinted, 0.4
        if US_ADDRESS.search(text):
            return "USD", 0.75
        if crowns := _crowns(text):
            return crowns, 0.6
        for hints, code in COUNTRY_HINTS:
            if hints.search(text):
                return code, 0.6
        euros = EURO_TAXES.search(text) and not SWISS.search(text)
        return ("EUR", 0.7) if euros else (None, 0.0)
    if "CNY" in votes and (JAPAN.search(text) or _whole_yen(text)):
        votes["JPY"] += votes.pop("CNY")
    code, count = votes.most_common(1)[0]
    # Signs beside no price are all there is, and the page's words name a country of
    # dollars: a misread sign (`1€ Tampines Central 1`, `PTE LTD`, `PayNow`).
    if count == 2 * unpriced[code] and (hinted := guess_dollar(text)) != "USD":
        return hinted, 0.4
    share = count / sum(votes.values())
    sure = min(0.99, 0.5 + 0.5 * share) if count >= 2 else 0.5
    if dollars and count == 2 * dollars:
        sure = min(sure, 0.75 if code != "USD" or _american(text) else GUESSED_DOLLAR)
    return code, round(sure, 2)


def _whole_yen(text: str) -> bool:
    """Every `¥` price in whole units (`¥1,296`): yen has no cents, yuan has fen. A
    page in Chinese (Han characters and no kana) keeps its yuan."""
    if re.search(r"[\u4e00-\u9fff]", text) and not re.search(r"[\u3040-\u30ff]", text):
        return False
    prices = re.findall(r"[¥￥]\s?(\d[\d,]*(?:\.\d+)?)", text)
    return len(prices) >= 2 and not any("." in price for price in prices)


def _crowns(text: str) -> str | None:
    """NOK or DKK when the page says which crowns it counts in, else None."""
    return next((code for words, code in CROWNS if words.search(text)), None)


def _american(text: str) -> bool:
    """Whether a page whose only currency is `$` says it is in the United States."""
    return bool(US_ADDRESS.search(text) or re.search(r"\bUSA\b|U\.S\.A\.|United States", text))


def _whole_word(hint: str) -> str:
    """`hint` as a word of its own, not a part of a code (`GL-NIT-M` holds no `NIT`)."""
    before = r"(?<![\w-])" if hint[0].isalnum() else ""
    after = r"(?![\w-])" if hint[-1].isalnum() else ""
    return before + re.escape(hint) + after


#: The ISO codes of currencies written `$`: one named on the page says whose a bare `$` is
#: (`TOTAL NZD | $120.00`).
_DOLLAR_CODES = re.compile(r"(?<![\w-])(NZD|AUD|SGD|CAD|HKD|USD|MXN|TWD|BND|FJD)(?![\w-])")
#: The pepper on a menu, not the country (`Add green chile`, `chile relleno`); a Dutch
#: bank, not an Australian business number (`ABN AMRO NL50 ABNA 0437 1185 20`).
_NOT_THE_COUNTRY = re.compile(
    r"\b(?:green|red|hatch)\s+chile\b|\bchile\s+(?:relleno|verde|colorado|sauce|con)\b"
    r"|\babn\s*amro\b"
)
#: A country's name run into the postcode after it (`Singapore520201`).
_COUNTRY_BEFORE_POSTCODE = re.compile(r"(?<![\w-])(singapore|malaysia|australia)(?=\d{4,6}\b)")


#: New Zealand's GST number, eight or nine digits in groups (`GST Reg No: 94-318-276`,
#: `GST No. 123-456-789`); Singapore's has letters (`M2-0012345-6`).
_NZ_GST_NUMBER = re.compile(
    r"\bGST\W{0,2}(?:Reg(?:istration)?\.?\s*)?(?:(?:No|Number|#|\*)\.?\s*:?\s*)?\d{2,3}-\d{3}-\d{3}\b",
    re.IGNORECASE,
)


def guess_dollar(text: str) -> str:
    named = set(_DOLLAR_CODES.findall(text))
    if len(named) == 1:
        return named.pop()
    lowered = _NOT_THE_COUNTRY.sub(" ", text.lower())
    if glued := _COUNTRY_BEFORE_POSTCODE.search(lowered):
        return DOLLAR_HINTS[glued.group(1)]
    if _NZ_GST_NUMBER.search(text):
        return "NZD"
    for hint, code in DOLLAR_HINTS.items():
        if re.search(_whole_word(hint), lowered):
            return code
    if CANADIAN_ADDRESS.search(text):
        return "CAD"
    if _SINGAPORE_ADDRESS.search(text) and _SINGAPORE_UNIT.search(text):
        return "SGD"
    return "USD"


#: Singapore's addresses: a block (`BLK 30 TELOK BLANGAH RISE`) or a postal code in
#: brackets after an `S` (`S(090030)`), with a unit's floor and number (`#01-285`).
_SINGAPORE_ADDRESS = re.compile(r"\b(?:blk|block)\s*\d{1,4}[a-z]?\b|\bS\s*\(\d{6}\)", re.I)
_SINGAPORE_UNIT = re.compile(r"#\d{2}-\d{2,4}\b")
