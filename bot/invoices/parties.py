"""Who issued the document and who receives it, from layout evidence.

An invoice names two parties, and the customer's name is often printed larger and
higher than the issuer's, so "the first line" is a poor rule. Layout says which is
which more reliably:

* a heading (`Verkäufer`, `Seller`, `Lieferant`, `Fournisseur` …) over a block of name
  and address lines, or a `Name:` label row inside such a block;
* the one-line return address above the envelope window (`Muster GmbH · Musterstr. 17
  · 12345 Musterort`), the window below it holding the customer;
* a footer with the legal entity beside its VAT id, trade register entry, bank account;
* the web or mail domain the issuer prints (`www.kraxi.com`, `info@cronus.com`).

Each piece of evidence yields a candidate name tagged with what backs it;
customer blocks yield cells that must not be taken for the issuer.
`bot.invoices.vendor` weighs the candidates.
"""

import itertools
import re
import statistics
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from bot.invoices.amounts import sum_alone
from bot.invoices.bank_and_tax_ids import bank_or_tax_id
from bot.invoices.labels import (
    COMPANY_WORDS,
    CREDIT_NOTE,
    CUSTOMER_LABELS,
    DOCUMENT_TITLE,
    FIELD_WORDS,
    LEGAL_FORMS,
    NAME_LABELS,
    NOT_VENDOR,
    PARTY_IDS,
    PROSE_WORD,
    SELLER_HEADINGS,
    STREET_BEFORE_NAME,
)
from bot.invoices.layout import Cell, Row, overlaps

#: A place on the page: (row index, phrase x).
Spot = tuple[int, float]


@dataclass(frozen=True)
class Candidate:
    name: str
    row: int
    cell: Cell
    evidence: frozenset[str]


@dataclass(frozen=True)
class _Entry:
    """One line of a party block: an optional label and the value beside it."""

    row: int
    label: str | None
    value: Cell


#: A tax or company id printed after the name on its line (`Alba S.A. CIF A-28123456`).
_TAX_ID_AFTER = re.compile(
    r"(?:\s+|(?=[·•|]))[·•|,-]?\s*"
    r"(?:CIF|NIF|NIPC|UEN|ABN|ACN|GSTIN|SIRE[NT]|P\.?\s?IVA|C\.?F\.|VAT|TVA|BTW|GST|USt"
    # Spanish America's and Brazil's tax ids (`S.A. DE C.V. RFC OGA180622UT1`).
    r"|RFC|NIT|R\.?U\.?[CT]|C\.?U\.?I\.?T|CNPJ)"
    r"\b\.?\s*(?:[A-Za-z.]{1,6}\s*)?[:.]?\s*[A-Z]{0,3}[\s-]?\d.*$"
)


_OFFICE_AFTER = re.compile(
    r"\s*\((?=[^)]*(?:head\s*of\s*f\s*ice|branch|สำนักงาน|สาขา))[^)]*\)?\s*$"
    r"|\s*[,(]?\s*(?:head\s*office|branch\s*(?:no\.?\s*)?\d{3,5})\)?\s*$",
    re.IGNORECASE,
)


_ERRORS_EXCEPTED = re.compile(r"^\W*E\.?\s*&\s*O\.?\s*E\.?\s*", re.IGNORECASE)


#: A code of letters and digits, then a dash set apart by spaces: an account's number.
_ACCOUNT_CODE_BEFORE = re.compile(r"^\s*(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}\s+[–—-]\s+(?=\S)")


def clean_name(name: str) -> str:
    """Without registration numbers (`(Co. No. 113825-W)`, `(519537-X)`, `(139386 X)`)
    and with the usual OCR slips in company forms mended (`5dn Bhd`, `5/B`)."""
    # `Jade Garden Seafood Restaurant 翠園海鲜酒家`: the name in Latin letters is the one a
    # bookkeeper enters; the same in Chinese beside it is a translation (and a number
    # before it ends the name: `TECK GUAN TRADING (JM0233456-K) 德源贸易`).
    if in_latin_letters(name):
        name = HAN.sub(" ", name).rstrip()
    name = re.sub(
        r"\(\s*(?:co\.?\s*(?:no|reg)|reg|gst|uen|acn|abn|cin)[^)]*\)?", "", name, flags=re.I
    )
    # Which office of the company issues it, as Thai tax invoices say (`(สำนักงานใหญ่ / Head
    # Office)`, `Branch 00001`).
    name = _OFFICE_AFTER.sub("", name)
    # Malaysia's new number before the old one: `(201401041187 (1118840-W))`, `(… / …)`.
    name = re.sub(r"\(\s*[\dA-Z]*\d[\dA-Z\s–/(-]*\)*[\s,.;]*$", "", name)
    name = _TAX_ID_AFTER.sub("", name)
    # `E. & O.E.` (errors and omissions excepted) a footer prints beside a name.
    name = _ERRORS_EXCEPTED.sub("", name).strip()
    name = _FUSED_NAME_LABEL.sub("", name)
    # A French activity code run in before the name from the line beside (`APE 7410Z`).
    name = re.sub(r"^\s*(?:code\s*)?(?:APE|NAF|NACE)\s*:?\s*\d{2}\.?\d{2}\s?[A-Z]\b", "", name)
    # An inbox's account code before the name (`401SECUR – Sécurivolt Électricité SAS`,
    # `F-002317 – Atelier Grangier`).
    name = _ACCOUNT_CODE_BEFORE.sub("", name)
    # A text layer's form run into the registration number after it (`… Sdn
    # Bhd202001023456`).
    name = _FORM_INTO_NUMBER.sub(r"\1 ", name)
    name = _id_after_form(name)
    # `Harbour Home Goods Ltd, company no. 11223344`: the registration after the name.
    name = re.sub(
        r",\s*(?:company|co\.?|reg(?:istration)?|registered)\s*(?:no|number|nr)\.?\s*:?"
        r"\s*(?:[A-Z]{0,2}\d[\d\s-]*)?$",
        "",
        name,
        flags=re.IGNORECASE,
    )
    # `Rook and Rye Kitchens Ltd, trading as Rook & Rye`, `Gearhead Repair LLC dba Precision
    # Auto Care`: the legal name, not its clause; and the legal name a trading name is a
    # clause of (`Lone Star Office Tech is a d/b/a of LSOT Holdings, Inc., a Texas
    # corporation.`).
    if owner := _OWNER_OF_TRADING_NAME.match(name):
        name = owner.group(1)
    name = re.sub(
        r",?\s+(?:trading\s+as|t/a|d\.?/?b\.?/?a\.?|doing\s+business\s+as)\s.*$",
        "",
        name,
        flags=re.IGNORECASE,
    )
    # `… Ltd t/a Inkworks` with its slash lost to the OCR: a `ta` after the legal form.
    if (slashless := re.search(r"\s+ta\s+(?=[A-Z])", name)) and _ends_in_form(
        name[: slashless.start()]
    ):
        name = name[: slashless.start()]
    # `Tallyo Payments Europe Limited is regulated by the Central Bank of Ireland`: the
    # name that a footer's sentence is about.
    name = _sentence_after_form(_SENTENCE_ABOUT.sub("", name))
    # `Imprimerie Lambert & Fils SRL / Drukkerij Lambert & Zonen BV`: the name in the
    # first of two languages.
    if (bilingual := re.search(r"\s+/\s+", name)) and (
        _ends_in_form(name[: bilingual.start()]) and LEGAL_FORMS.search(name[bilingual.end() :])
    ):
        name = name[: bilingual.start()]
    # A professional's title before a person's name (`Avv. Stefano Lanzillotta`, `Dott.ssa
    # Giulia Neri`, `Arq. Marta Quintana`): the name the invoices are made out in. Not an
    # engineer's `Ing.`, which Central Europe prints as part of the name.
    if not LEGAL_FORMS.search(name):
        name = _PROFESSIONAL_TITLE.sub("", name)
    # `Emerald Wing Airlines DAC - emeraldwing.com`: the web address set after the name.
    name = _WEB_ADDRESS_AFTER.sub("", name)
    if (account := _ACCOUNT_AFTER.search(name)) and _ends_in_form(name[: account.start()]):
        name = name[: account.start()]
    # `Kuopion Kiinteistöhuolto Oy Puh. 017 364 2100`: the next column's phone number.
    if (phone := _PHONE_AFTER.search(name)) and _ends_in_form(name[: phone.start()]):
        name = name[: phone.start()]
    # `S. Fitzgerald IBAN IE82 BOFI 9037 …`: a payee's bank details after the name.
    name = _BANK_DETAILS_AFTER.sub("", name)
    # `… Rhein GmbH Zahlbetrag`: the next column's label read on with the name.
    if (label := _LABEL_AFTER.search(name)) and len(name[: label.start()].split()) >= 2:
        name = name[: label.start()]
    # `好日子便利商店 電子發票證明聯`: Taiwan's e-invoice proof, its title after the shop.
    name = re.sub(r"\s+(?:[电電]子)?[发發]票\S*$", "", name)
    # `Haugen Snekkerservice Ola Haugen (ENK)`: Norway's mark of a sole trader, no part of
    # the registered name.
    name = re.sub(r"\s*\(\s*ENK\s*\)\s*$", "", name)
    # `Sai Krupa Hospitality (Prop. Suresh Patil)`: the proprietor named after the firm.
    name = re.sub(r"\s*\(\s*prop(?:rietor|rietress)?\b\.?[^)]*\)?\s*$", "", name, flags=re.I)
    # `KING'S CONFECTIONERY S/B 273500-U (KJ1)`: the number and the branch's code.
    name = re.sub(r"\s\d{5,}-?[A-Z]?(?:\s*\([A-Z\d]{1,5}\))?\s*$", "", name)
    # `Golden Pillar GOLDEN PILLAR BUILDING SUPPLIES SDN. BHD.`: a logo's words beside the
    # name that opens with them.
    name = _LOGO_BESIDE.sub("", name)
    name = re.sub(r"\b5(dn)\b", r"S\1", name)
    name = re.sub(r"\b5(DN)\b", r"S\1", name)
    name = re.sub(r"\b5/B\b", "S/B", name)
    name = _GLUED_FORM.sub(r"\g<first>\g<dot> \g<second>", name)
    if ":" in name and _colon_before_form(name):
        head, _, tail = name.rpartition(":")
        name = head + ("." if "." in head else "") + tail
    return " ".join(name.split()).strip(" ,:-·|")


#: Two words or more said again at once, in any case (not `Bora Bora`, one word twice).
_LOGO_BESIDE = re.compile(r"^([^\W\d_]+(?:\s+[^\W\d_]+)+)\s+(?=\1\b)", re.IGNORECASE)


#: A company form's two words run together, the space between them lost (`PTELTD`,
#: `SDN.BHD`).
_GLUED_FORM = re.compile(r"\b(?P<first>PTE|PVT|PTY|SDN)(?P<dot>\.?)(?P<second>LTD|BHD)\b", re.I)


#: A field's label alone after a name of two words or more, the next column's read on
#: with it by the OCR (`Fotostudio Lichtblick Anna Reuter Name`).
_LABEL_AFTER = re.compile(
    r"\s+(?:Name|Zahlbetrag|Rechnungsbetrag|Gesamtbetrag|Betrag|Amount|Datum|IBAN|BIC)\s*:?\s*$"
)
#: Italian, Spanish and Portuguese professionals' titles before their names (a lawyer's,
#: a doctor's, a surveyor's, an accountant's, an architect's).
_PROFESSIONAL_TITLE = re.compile(
    r"^\s*(?:avv|dott(?:\.?ssa)?|geom|rag|arq)\.\s+(?=[A-ZÀ-Ý][^\W\d_]+\s+[A-ZÀ-Ý])",
    re.IGNORECASE,
)
#: A web address after a name and a dash, a dot or a bar between spaces.
_WEB_ADDRESS_AFTER = re.compile(
    r"\s+[-–—·|]\s+(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?\s*$",
    re.IGNORECASE,
)
#: The account a name holds, said after its form (`Hargrove & Pell LLP Operating Account`,
#: `… Ltd Client Account`): a payment line's words, not the name's.
_ACCOUNT_AFTER = re.compile(
    r"\s+(?:(?:operating|trust|client|clients'?|business|current|checking|savings|escrow"
    r"|iolta|general|main)\s+)?(?:account|a/c)\b\.?\s*$",
    re.IGNORECASE,
)
#: A bank account's details after a name, their label first (`IBAN IE82 BOFI …`, `BIC
#: …`, `Sort code 30-94-41`, `A/C No. 5123…`).
_BANK_DETAILS_AFTER = re.compile(
    r"[\s,;·|-]+(?:IBAN|BIC|SWIFT|sort\s*code|a/c\s*(?:no|number)|account\s*(?:no|number))\b"
    r"\W*(?=[A-Z\d]{2}).*$",
    re.IGNORECASE,
)
#: A phone number after a name, with its label (`Puh.`, `Tel.`, `Tlf.`, `Tfn`, `Phone`).
_PHONE_AFTER = re.compile(
    r"\s+(?:puh|tel|tlf|tfn|phone|telefon|fon)\.?\s*:?\s*[+(\d][\d\s()/+-]{5,}$", re.IGNORECASE
)
#: Runs of Chinese characters (Han ideographs).
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def in_latin_letters(name: str) -> bool:
    """Two words or more in Latin letters: a name a bookkeeper would enter as it stands."""
    return len(re.findall(r"[A-Za-z]{2,}", name)) >= 2


_OWNER_OF_TRADING_NAME = re.compile(
    r"^.+?\s+(?:is\s+(?:(?:(?:an?|the)\s+)?(?:d\.?/?b\.?/?a\.?|(?:registered\s+)?(?:trading|business)"
    r"\s+name|division|brand|service|product|unit|business)\s+of"
    r"|(?:owned\s+and\s+)?operated\s+by|owned\s+by|managed\s+by)"
    # `Le Comptoir du Bureau est une enseigne de la société Papeterie Moderne SARL`.
    r"|est\s+une?\s+(?:enseigne|marque)\s+(?:commerciale\s+)?de(?:\s+la\s+soci[ée]t[ée])?)\s+"
    r"(.+?)(?:,\s+an?\s+[^,]*)?\.?$",
    re.IGNORECASE,
)
_SENTENCE_ABOUT = re.compile(
    r"\s+is\s+(?:(?:a|an)\s+)?(?:regulated|registered|authori[sz]ed|licensed|incorporated"
    r"|company|member|subsidiary|limited\s+company|limited\s+liability\s+(?:partnership|company)"
    r"|(?:private|public)\s+(?:limited\s+)?company|partnership)\b.*$"
    # `RailHop Ltd acts as a ticket retailer on behalf of the train companies.`, `PT Antar
    # Makan Nusantara atas nama merchant`.
    r"|\s+acts\s+as\s.*$|\s+(?:atas\s+nama|on\s+behalf\s+of)\s.*$"
    # `Airvani Telecom Limited, Regd. Office: …`: where its office is, not its name.
    r"|,?\s+(?:regd\.?|registered)\s*(?:office|address)\b.*$|,\s*regd\.?$",
    re.IGNORECASE,
)


_FORM_INTO_NUMBER = re.compile(r"\b(sdn\.?\s*bhd|bhd|ltd|gmbh|inc|llc|plt|pte)\.?(?=\d{5,})", re.I)


def _id_after_form(name: str) -> str:
    """Without a bare tax or company id printed after the legal form (`MERCADONA, S.A.
    A-46103834`, `Rossi S.r.l. 01234567890`), the address a footer runs on with
    (`Gridline Distribution Ltd., Hollyhill Business Park, Cork, T23 YK84, Ireland.`) or
    a stamp's letters: a name ends with its form."""
    forms = list(LEGAL_FORMS.finditer(name))
    if not forms:
        return name
    end = forms[-1].end()
    if _BARE_ID.fullmatch(name[end:]):
        return name[:end]
    if _ADDRESS_AFTER.match(name[end:]):
        return name[: end + name[end:].startswith(".")]
    if _STAMP_LETTERS.fullmatch(name[end:]) or _ACCOUNT_AFTER_FORM.match(name[end:]):
        return name[:end]
    return name


#: The account a name holds, run on after its form (`Ashdown Pryor Ltd Sort code 30-94-41
#: Account 11223344`).
_ACCOUNT_AFTER_FORM = re.compile(
    r"\.?,?\s+(?:sort\s*code|a/c\b|acc(?:oun)?t\s*(?:no|number|#)?\b|iban\b|bsb\b|bic\b|swift\b)",
    re.IGNORECASE,
)


#: Letters of a round company stamp over the signature, read in scattered pieces after
#: the name it rings (`Al Noor Gulf General Trading LLC N E RAL TRA DI N`).
_STAMP_LETTERS = re.compile(r"(?:\s+[A-Z]{1,3}){3,}\s*")


def _sentence_after_form(name: str) -> str:
    """The name without the rest of the sentence of small print it is the subject of,
    after its form and number (`ParkLah Technologies Sdn Bhd (201901004412) collects
    parking charges`), and without a clause before it naming another (`Bao & Broth Ltd;
    Crumbrun Ltd issues this receipt`)."""
    last = next(reversed(list(LEGAL_FORMS.finditer(name))), None)
    # A form opening the name is followed by the rest of it (`SELARL du Docteur …`).
    if last is None or not name[: last.start()].strip() or not _SENTENCE_AFTER.match(
        name[last.end() :]
    ):
        return name
    start = name.rfind("; ", 0, last.start()) + 1
    return name[start : last.end() + name[last.end() :].startswith(".")].strip()


#: An address after a name's legal form (a comma, then parts of which one holds a digit),
#: or what the business does (`Laurent Dubois EI, architecte DPLG`).
_ADDRESS_AFTER = re.compile(r"\.?,\s+(?:[^,]+(?:,\s*[^,]+)*?\d.*|[^\W\d_A-Z].*)$")


#: The rest of the sentence a receipt's small print names its issuer in, after the
#: form and its number (`ParkLah Technologies Sdn Bhd (201901004412) collects parking
#: charges`, `… Sdn Bhd (199901012334). Water supply is not subject …`, `Kerbly
#: Operations UK Ltd is the operator of this booking`).
_SENTENCE_AFTER = re.compile(
    r"\.?\s*(?:\(\s*[\dA-Z][\dA-Z\s/-]*\))?\s*"
    r"(?:[.;]\s+[A-Z][a-z]+\s|\s(?!and\b|und\b|et\b)[a-z]{2,}\b)"
)


#: A tax or company id alone: a letter or country code, then digits with their marks.
_BARE_ID = re.compile(r"\s*[,;·|-]?\s*[A-Z]{0,3}[\s-]?\d[\d\s./-]{5,}[A-Z]?\s*")


def key(name: str) -> str:
    """A name compared without case, spaces or punctuation."""
    return re.sub(r"[\W_]", "", name).upper()


def may_name(text: str) -> bool:
    """Could this phrase be a party's name (not an address, label, phone or title)?"""
    cleaned = clean_name(text)
    return (
        sum(ch.isalpha() for ch in cleaned) >= 4
        and not NOT_VENDOR.search(_PLACE_WORD.sub(" ", cleaned) if _formed(cleaned) else cleaned)
        # A name's field label alone (`Namn`, `Raison sociale`), a card's over its value.
        and not NAME_LABELS.search(cleaned)
        and not _heading_kind(cleaned)
        and not _is_code(cleaned)
        and (":" not in text or _colon_before_form(text))
        and not _HANDLE.search(cleaned)
        and not _DOMAIN.fullmatch(cleaned)
        # The rest of a name the line before began (`PRECISION AUTO CARE` / `& TIRE`).
        and not re.match(r"\s*(?:&|\+|and\b|und\b|et\b)", cleaned, re.IGNORECASE)
        # Or its owner's clause (`Vetri d'Arte San Polo` / `di R. Zanetti & C. s.n.c.`).
        and not re.match(r"\s*di\s+[A-Z]", cleaned)
        and not _CAPITAL_CLAUSE.match(cleaned)
        and not _INVOCATION.search(text)
        and not _POSTCODE_END.search(cleaned)
        # The end of a sentence wrapped onto its own line (`… return it to` / `the
        # pharmacy.`).
        and not _SENTENCE_END.fullmatch(cleaned)
        and not _FILE_NAME.search(text)
        # A credit note's title (`AVOIR`, `Gutschrift`), as an invoice's is none.
        and not CREDIT_NOTE.search(cleaned)
    )


#: A file's name, as a viewer's title bar or tab shows it over a screenshotted page
#: (`21_tui_digital_invoice.pdf`).
_FILE_NAME = re.compile(
    r"\.(?:pdf|png|jpe?g|tiff?|heic|docx?|xlsx?|odt|html?)\s*$", re.IGNORECASE
)


_SENTENCE_END = re.compile(r"(?:the|a|an|our|your|this|any)\s+[^\W\d_][\w\s'-]*\.")


#: A British, Canadian or Irish postcode ending the phrase (`Leeds LS1 4AP`, `Toronto ON
#: M5V 2T6`, `Limerick V94 K2X7`): the end of an address.
_POSTCODE_END = re.compile(
    r"(?<![\w-])(?:[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]\d{2}\s[A-Z\d]{4})\s*$"
)


#: A Malay place word (`Taman`, a garden or an estate; `Jalan`, a road; `Lot`), which a
#: company may be named after (`TAMAN MEKAR FLORIST SDN BHD`).
_PLACE_WORD = re.compile(r"\b(?:taman|jalan|jln|lot)\b", re.IGNORECASE)


def _formed(text: str) -> bool:
    """Ends in its legal form, with no number in it: a company's name, not an address."""
    return _ends_in_form(text) and not re.search(r"\d", text)


def _ends_in_form(text: str) -> bool:
    forms = list(LEGAL_FORMS.finditer(text))
    return bool(forms) and not text[forms[-1].end() :].strip(" .")


#: A blessing heading an Indian trader's bill (`|| Shree Ganeshay Namah ||`, `॥ शुभ लाभ ॥`,
#: `|| Jai Maa Durga ||`): set between double bars (read `I|` or `II` too), or in the words
#: of one.
_INVOCATION = re.compile(
    r"^\W*?(?:\|\||॥|∥|I[|lI1](?=\s))\s*\S.*(?:\|\||॥|∥|(?<=\s)[|lI1]{2})[|lI1]?\W*$"
    r"|\bnama(?:h|ha)\b|\bshubh\s*labh|शुभ\s*लाभ|\bjai\s+(?:shri|shree|maa|mata|hanuman)\b"
    r"|\b(?:sri|shri|shree)\s+ram(?:a|an)?\s+jayam\b",
    re.IGNORECASE,
)


#: The company's form and share capital under or after its name (`SAS au capital de
#: 15 000 €`, `GmbH, Stammkapital 25.000 €`): the name's clause, not a name.
_CAPITAL_CLAUSE = re.compile(
    r"\W*(?:\S+\s+){0,2}(?:au\s+capital|capital\s+social|(?:share|stock)\s+capital"
    r"|stammkapital|grundkapital|capitale\s+sociale|capital\s+de)\b",
    re.IGNORECASE,
)


def _colon_before_form(text: str) -> bool:
    """`MR. D.I.Y: (M) SDN BHD`: a full stop read as a colon, not a label, when all that
    follows it is a company form."""
    head, _, tail = text.rpartition(":")
    rest = re.sub(r"\([^)]*\)", " ", LEGAL_FORMS.sub(" ", tail))
    return (
        ":" not in head
        and sum(ch.isalpha() for ch in head) >= 2
        and LEGAL_FORMS.search(tail) is not None
        and not re.search(r"[^\W\d_]", rest)
        and not NAME_LABELS.search(head)
    )


#: A web address on its own (`tuatara-advisory.co.nz`): it backs a name (`domains`), and
#: is none.
_DOMAIN = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}")
#: A user name on a platform (`mira_motion`, `@mira.motion`), not a business's name.
_HANDLE = re.compile(r"^@\S|^[^\s_]+_[^\s_]+$")


def _is_code(text: str) -> bool:
    """Short reference codes printed above the name (`A04061`, `31824055`), or a serial
    in hexadecimal (a fiscal till's TSE serial, `607be3fa371e3b2987c765`)."""
    compact = text.replace(" ", "")
    if re.fullmatch(r"[0-9a-f]{12,}|[0-9A-F]{12,}", compact):
        return sum(ch.isdigit() for ch in compact) >= 3
    return len(compact) <= 10 and sum(ch.isdigit() for ch in compact) >= len(compact) / 2


def line_height(rows: Sequence[Row]) -> float:
    heights = [cell.height for row in rows for cell in row.cells]
    return statistics.median(heights) if heights else 20.0


def pages(rows: Sequence[Row]) -> list[range]:
    """Row index ranges of the pages: rows run top to bottom, a page restarts at the top."""
    if not rows:
        return []
    height = line_height(rows)
    starts = [0]
    for index in range(1, len(rows)):
        if rows[index].y < rows[index - 1].y - 5 * height:
            starts.append(index)
    starts.append(len(rows))
    return [range(a, b) for a, b in itertools.pairwise(starts)]


# Party blocks under a heading ---------------------------------------------------------


@dataclass(frozen=True)
class Block:
    kind: str  # "seller" or "customer"
    heading: int
    entries: tuple[_Entry, ...]

    @property
    def spots(self) -> set[Spot]:
        return {(entry.row, entry.value.x) for entry in self.entries}

    @property
    def has_ids(self) -> bool:
        return any(party_ids(f"{e.label or ''} {e.value.text}") for e in self.entries)


def _heading_kind(text: str) -> str | None:
    if SELLER_HEADINGS.search(text):
        return "seller"
    if (
        CUSTOMER_LABELS.search(text)
        and len(text.split()) <= 5
        and not re.search(r"\d|\b(?:no|nr|number|id|vat|tax|ref)\b|#", text, re.I)
        # Nor a sentence's end (`… Leistungsempfänger anzumelden und abzuführen.`, `…
        # nell'area riservata del / cliente.`).
        and not (
            text.rstrip().endswith(".") and (len(text.split()) >= 3 or text.lstrip()[:1].islower())
        )
    ):
        return "customer"
    return None


def blocks(rows: Sequence[Row]) -> list[Block]:
    """The party blocks of the first page: each heading, and the lines below it in its
    column up to the next heading or a wide gap."""
    height = line_height(rows)
    found = []
    first = pages(rows)[0] if rows else range(0)
    for index in first:
        row = rows[index]
        phrases = row.phrases()
        for position, heading in enumerate(phrases):
            kind = _heading_kind(heading.text)
            if kind is None or _itinerary(heading, phrases):
                continue
            left = heading.x - 2 * heading.height
            right = next((p.x for p in phrases[position + 1 :]), float("inf"))
            found.append(Block(kind, index, tuple(_entries(rows, index, left, right, height))))
    return found


def _itinerary(heading: Cell, phrases: Sequence[Cell]) -> bool:
    """`From` beside `To` in a table's heading row (`Flight | Date | From | To`, a freight
    bill's `LR Date | From | To` on the second line of its heading): where a journey starts,
    not who sends the bill (a letter's `To | From` heads two parties)."""
    return (
        len(phrases) >= 3 and bool(re.fullmatch(r"\W*from\W*", heading.text, re.IGNORECASE))
    ) and any(re.fullmatch(r"\W*to\W*", phrase.text, re.IGNORECASE) for phrase in phrases)


def _entries(
    rows: Sequence[Row], start: int, left: float, right: float, height: float
) -> Iterator[_Entry]:
    last_y = rows[start].y
    for later in range(start + 1, min(len(rows), start + 14)):
        row = rows[later]
        if row.y < last_y or row.y - last_y > 4 * height:
            return
        # The block's own cells, joined into phrases: not the next block's name, set as
        # near as a word (`… Bonanno S.n.c. | Ristorante La Pescheria S.r.l.` under
        # `FORNITORE | CLIENTE`).
        own = tuple(c for c in row.cells if left <= c.x < right)
        cells = Row(own).phrases() if own else []
        if not cells:
            continue
        if any(_heading_kind(c.text) for c in cells):
            return
        last_y = row.y
        yield _entry(later, cells)


#: A business term's code an e-invoice viewer prints beside its label (`BT-27 Name`,
#: `BT-27 | Name | …`).
_TERM_CODE = re.compile(r"^\s*B[TG]-\d+\s*")
#: Beside `NAME_LABELS`, the labels an e-invoice viewer or a form prints before their
#: values without a colon, in a cell of their own (`Anschrift | Lange Straße 60`), a
#: trading name's among them (it is no name label: the legal name is the seller's).
_BARE_LABEL = re.compile(
    r"^\s*(?:trading\s*name|handelsname|anschrift|adresse|address|stra(?:ß|ss)e|street|plz"
    r"|ort|city|postcode|post\s*code|land|country|kontakt|contact|telefon|phone|e-?mail"
    r"|code\s*postal|ville|pays)\s*$",
    re.IGNORECASE,
)
#: A name label run into its value in one phrase (`Raison sociale Société Provençale
#: SAS`, a viewer's `Firmenname | Ingenieurbüro Feldmann + Kroll GmbH`): several words, or
#: one that is only ever a label; no other single word (`Firma Müller`) is cut off a name.
_FUSED_NAME_LABEL = re.compile(
    r"^\s*(?:raison\s+sociale|d[ée]nomination(?:\s+sociale)?|company\s+name|seller\s+name"
    r"|legal\s+name|firmenname|bedrijfsnaam|firmanavn|f[öo]retagsnamn)\s*:?\s+(?=\S)",
    re.IGNORECASE,
)


def _entry(index: int, cells: list[Cell]) -> _Entry:
    """`Label: value` as one cell, as two cells, or `Label` then `: value`; and as an
    e-invoice viewer prints it, `Name | value`, with or without its term's code."""
    if len(cells) > 1 and _TERM_CODE.fullmatch(cells[0].text):
        cells = cells[1:]
    first = cells[0]
    bare = _TERM_CODE.sub("", first.text)
    if len(cells) > 1 and (NAME_LABELS.search(bare) or _BARE_LABEL.match(bare)):
        return _Entry(index, bare.strip(), cells[1])
    if fused := _FUSED_NAME_LABEL.match(bare):
        return _Entry(index, fused.group().strip(), _with_text(first, bare[fused.end() :]))
    if len(cells) > 1 and first.text.rstrip().endswith((":", "：")):
        return _Entry(index, first.text.rstrip(" :："), cells[1])
    if len(cells) > 1 and cells[1].text.lstrip().startswith((":", "：")):
        value = cells[1]
        return _Entry(index, first.text, _with_text(value, value.text.lstrip(" :：")))
    if ":" in first.text:
        label, _, value = first.text.partition(":")
        return _Entry(index, label.strip(), _with_text(first, value.strip()))
    return _Entry(index, None, first)


def _with_text(cell: Cell, text: str) -> Cell:
    return Cell(text, cell.x, cell.y, cell.width, cell.height, cell.confidence)


def _wrapped_in_its_cell(name: str, entry: _Entry, after: _Entry, rows: Sequence[Row]) -> str:
    """The name with the line its field's narrow cell wrapped onto under it, no label
    beside that (`Name | Ingenieurbüro Dipl.-Ing. Thomas` / `Lang`, `Kanzlei Dr. Weber
    Rechtsanwälte` / `PartG mbB`, `Software-Kontor Bremen UG` / `(haftungsbeschränkt)`,
    `Sanitär Yilmaz GmbH, Filiale` / `Mannheim-Neckarau`): a viewer's table sets a long
    name over two lines, the field's value whole."""
    gap = rows[after.row].y - rows[entry.row].y
    rest = after.value.text
    if (
        after.label is None
        and abs(after.value.x - entry.value.x) < entry.value.height
        and 0 < gap <= 1.6 * entry.value.height
        and not any(ch.isdigit() for ch in rest)
        and len(rest.split()) <= 3
        and (
            LEGAL_FORMS.search(rest)
            or may_name(rest)
            or re.fullmatch(r"\(?[^\W\d_][\w-]*\)?", rest) is not None
        )
    ):
        return f"{name} {rest}"
    return name


def block_name(block: Block, rows: Sequence[Row]) -> tuple[str, _Entry] | None:
    """The party's name in its block: a `Name:` row (with the line above it when the
    name runs over two), else the first line that reads like a name (with the next
    when that one carries the company form: `MVM Musterhafter` / `Versicherungsverein
    Musterstadt a.G.`)."""
    entries = block.entries
    for position, entry in enumerate(entries):
        if entry.label and NAME_LABELS.search(entry.label) and entry.value.text:
            name = entry.value.text
            if position:
                above = entries[position - 1]
                if (
                    above.label is None
                    and abs(above.value.x - entry.value.x) < 2 * entry.value.height
                    and may_name(above.value.text)
                    and above.row != block.heading
                ):
                    name = f"{above.value.text} {name}"
            if position + 1 < len(entries):
                name = _wrapped_in_its_cell(name, entry, entries[position + 1], rows)
            return clean_name(name), entry
    for position, entry in enumerate(entries):
        if entry.label is not None or not may_name(entry.value.text):
            continue
        # The document's title set in the block's column (`Furnizor:` over `FACTURĂ` over
        # the name) is no name.
        if _TITLE_ONLY.match(entry.value.text):
            continue
        name = entry.value.text
        if position + 1 < len(entries) and not COMPANY_WORDS.search(name):
            after = entries[position + 1]
            gap = rows[after.row].y - rows[entry.row].y
            if (
                after.label is None
                and COMPANY_WORDS.search(after.value.text)
                and may_name(after.value.text)
                and gap <= 2 * entry.value.height
            ):
                # A trading name over the company's own (`Coastal Kiln Ceramics` / `Kiln &
                # Coast Pty Ltd`) says a word of it again: two names, the company's the one.
                if _words_of(name) & _words_of(after.value.text):
                    return clean_name(after.value.text), after
                name = f"{name} {after.value.text}"
        return clean_name(name), entry
    return None


_TITLE_ONLY = re.compile(rf"^\W*{DOCUMENT_TITLE}\W*$", re.IGNORECASE)


def _words_of(text: str) -> set[str]:
    return {word.upper() for word in re.findall(r"[^\W\d_]{3,}", text)}


# The return address above the envelope window -----------------------------------------

#: What sets the parts of a sender line apart: dots, bars, a dash between spaces, or a
#: dot the OCR read as a dash run into the part before it (`Gewerbepark Süd 14- 73760`,
#: `PartG mbB- Königsallee 60`).
_SEPARATED = re.compile(r"\s*[·•|]\s*|\s+[-–]\s+|(?<=\d)[-–]\s+|(?<=[^\W\d_])[-–]\s+(?=[A-ZÄÖÜ\d])")
#: A postcode: four to six digits, or a British one (`SW1A 1AA`).
POSTCODE = re.compile(r"(?<![\d/])\b\d{4,6}\b(?!/\d)|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")


#: The year a firm was founded, which a tagline in the sender line's style gives
#: (`MENUISERIE · AGENCEMENT · DEPUIS 1962`): no postcode.
_SINCE = re.compile(
    r"\b(?:depuis|since|seit|sinds|desde|dal|est\.?|estd\.?|established|gegr(?:ündet)?\.?"
    r"|fond[ée]e?\s+en|founded(?:\s+in)?)\s*(?:in\s*)?\d{4}\b",
    re.IGNORECASE,
)


#: What starts an address, not a name: an industrial estate, a street by its type.
_PLACE = re.compile(
    rf"\W*(?:(?:{STREET_BEFORE_NAME})(?!\w)|pol(?:[íi]gono)?\.?\s*ind(?:ustrial)?\b|p\.\s?i\."
    r"|ctra\b|zone\s+(?:industrielle|artisanale)|z\.\s?[ia]\.|industrial\s+estate"
    # France's `ZA du Papillon`, `ZI de la Plaine`, `ZAC des Portes`, `Parc d'activités …`.
    r"|(?-i:Z[AI][CE]?)\s+(?:de|du|des|d['’])\b|parc\s+d['’]\s*activit[ée]s"
    r"|gewerbegebiet|industriegebiet|unit\s+\d|suite\s+\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ReturnAddress:
    name: str
    row: int
    cell: Cell
    #: Confirmed by its separators (`·`, `|`), not just commas.
    separated: bool
    #: The window below it: the addressee, a customer.
    window: frozenset[Spot]


def _upper_phrases(rows: Sequence[Row]) -> Iterator[tuple[int, Cell]]:
    """Each phrase of the upper part of the first page, where a sender line is printed,
    with its row."""
    first = pages(rows)[0] if rows else range(0)
    if not first:
        return
    top, bottom = rows[first.start].y, rows[first.stop - 1].y
    for index in first:
        if rows[index].y > top + 0.45 * max(bottom - top, 1):
            return
        for cell in rows[index].phrases():
            yield index, cell


def return_address(rows: Sequence[Row]) -> ReturnAddress | None:
    """`Name · street · postcode town` in the upper part of the first page."""
    for index, cell in _upper_phrases(rows):
        parts = [p for p in _SEPARATED.split(cell.text) if p.strip()]
        separated = len(parts) >= 3
        if not separated:
            parts = [p for p in cell.text.split(",") if p.strip()]
            if len(parts) < 3:
                continue
        name = parts[0].strip()
        if (
            any(ch.isdigit() for ch in name)
            or not may_name(name)
            or _PLACE.match(name)
            # Set apart by commas only, one word is a town (`Ningbo, Zhejiang 315800,
            # China`), not a sender's name.
            or (not separated and len(name.split()) < 2 and not COMPANY_WORDS.search(name))
            or not any(
                POSTCODE.search(part) and not party_ids(part) and not _SINCE.search(part)
                for part in parts[1:]
            )
            or _branch(name, parts[1:], " ".join(row.text for row in rows[:index]))
        ):
            continue
        window = frozenset(_window(rows, index, cell))
        return ReturnAddress(name, index, cell, separated, window)
    return None


def _branch(name: str, address: Sequence[str], heading: str) -> bool:
    """A shop's location named after its own street or town (`Bedford Commons · 1595
    Bedford Hwy, Bedford NS`, `Karoo Mart Bloemfontein Waterfront, …, Bloemfontein
    9301`), not its owner: no legal form, and a word of the place in it that the page's
    heading does not print (`Hotel Stadtgraben · Am Stadtgraben 3` under `STADTGRABEN`
    is the hotel's own name)."""
    if LEGAL_FORMS.search(name):
        return False
    places = {word for part in address for word in re.findall(r"\b[A-Z][^\W\d_]{3,}", part)}
    named = re.findall(r"\b[A-Z][^\W\d_]{3,}", name)
    return any(word in places and word.lower() not in heading.lower() for word in named)


def nameless_sender_window(rows: Sequence[Row]) -> frozenset[Spot]:
    """The addressee's window under a sender line that gives only the street and the
    town (`Herforder Straße 240 · 33609 Bielefeld`, the name being in the logo): the
    customer's lines, never the seller's name."""
    for index, cell in _upper_phrases(rows):
        parts = [p for p in _SEPARATED.split(cell.text) if p.strip()]
        if (
            len(parts) == 2
            and re.search(r"[^\W\d_]{3,}.*\d", parts[0])
            and POSTCODE.match(parts[1].strip())
        ):
            return frozenset(_window(rows, index, cell))
    return frozenset()


def _window(rows: Sequence[Row], index: int, over: Cell) -> Iterator[Spot]:
    last_y = rows[index].y
    for later in range(index + 1, min(len(rows), index + 9)):
        row = rows[later]
        near = [c for c in row.phrases() if abs(c.x - over.x) < 3 * over.height]
        if not near:
            continue
        # The window's own lines, not the row's: a row joined with the details' column
        # beside the window (`Rechnungsdatum 12.04.2025`) sits lower than its first line.
        y = min(c.y for c in near)
        if y - last_y > 3 * over.height:
            return
        last_y = y
        yield from ((later, c.x) for c in near)


# The legal entity: a name with its ids in the same column, or in the footer ----------


def footer_names(rows: Sequence[Row]) -> Iterator[tuple[int, Cell]]:
    """Names in a page's footer when the footer carries ids (VAT id, register, IBAN): a
    phrase with a company form, else the footer's top-left statement. Without ids, a
    registered company's name that a line gives with its address or web site
    (`SummitLink Communications, LLC · 1 Summit Plaza, … · summitlink.com`). A till slip
    (under 20 lines) has no footer of that kind: only a company signing its last lines
    with its ids."""
    height = line_height(rows)
    for page in _with_slip_cut(rows, pages(rows)):
        top, bottom = rows[page.start].y, rows[page.stop - 1].y
        footer = [i for i in page if rows[i].y >= top + 0.85 * (bottom - top)]
        ids = [i for i in footer if party_ids(rows[i].text)]
        if bottom - top < 20 * height:
            # A till slip's last lines: only the company that signs it with its ids, on
            # their line or up to two above, its address between (`KAKI BEVERAGES SDN
            # BHD` / `(202001034567)`).
            # Or a company its last line gives with its web site (`Tūī Digital Limited ·
            # tuidigital.co.nz`).
            if ids:
                yield from _named(rows, [i for i in page if ids[0] - 2 <= i])
            else:
                yield from _signed_off(rows, list(page)[-1:])
            continue
        if not ids:
            yield from _signed_off(rows, footer)
            continue
        named = _named(rows, footer)
        if named:
            yield from named
            continue
        # A short page's last rows may be its sums (`Ritenuta d'acconto 20% | -414,00 €`),
        # a label with its amount beside it; a till's serials are no statement of a name
        # (`MIN 22081512345600117 SN K7WQ21X0`).
        phrases = rows[footer[0]].phrases()
        first = _parts(phrases[0])[0]
        summed = any(sum_alone(phrase.text.strip()) for phrase in phrases[1:])
        serial = re.search(r"\d{6,}", first.text) is not None
        # Nor is a payment slip's field (`Amount Enclosed`, `Customer Number`).
        field = FIELD_WORDS.search(first.text) and len(first.text.split()) <= 3
        # Nor a sentence of small print (`Retención del 7 % aplicada por tratarse del
        # periodo impositivo de inicio de la actividad …`).
        prose = len(PROSE_WORD.findall(first.text)) >= 6
        # Nor a note written or stamped over the foot of the page, set far larger than
        # its small print (`wuavecP.te15/0l-JM.`, a hand's `payé le 15/01` misread).
        written = first.height > 2 * height
        if may_name(first.text) and not _form_only(first.text) and not (
            summed or serial or field or prose or written
        ):
            yield footer[0], first


#: The heading of a payment slip to tear off under the invoice (`REMITTANCE ADVICE`,
#: `Please detach and return with your payment`, `✂ - - -`).
_SLIP = re.compile(
    r"^\W*(?:remittance\s+(?:advice|slip)|payment\s+(?:slip|stub|coupon)"
    r"|please\s+(?:detach|return\s+(?:this|the\s+(?:lower|bottom))\s+(?:portion|part|slip|section))"
    r"|detach\s+(?:here|and\s+return)|cut\s+here)\b|^\W*✂",
    re.IGNORECASE,
)


def _with_slip_cut(rows: Sequence[Row], whole: Sequence[range]) -> Iterator[range]:
    """The pages, and of a page with a payment slip in its lower half also the rows above
    the slip: the invoice's own footer may end there (`Fenwick Moore Accountants Ltd.
    Registered in England …` over `REMITTANCE ADVICE`), or under the slip."""
    for page in whole:
        yield page
        top, bottom = rows[page.start].y, rows[page.stop - 1].y
        for index in page:
            lower = rows[index].y > (top + bottom) / 2
            if index > page.start and lower and _SLIP.match(rows[index].text):
                yield range(page.start, index)
                break


def legal_statements(rows: Sequence[Row]) -> Iterator[tuple[int, Cell]]:
    """A company's name with its legal form stated with its legal mentions, its share
    capital or its register, on its line or the next two (`SELARL PHARMACIE DU MARCHE` /
    `au capital de 50 000 euros` / `RCS DIJON 532 780 119`), wherever on the page: a till
    prints them mid-slip, over the card terminal's slip."""
    for index, row in enumerate(rows):
        below = [rows[later].text for later in range(index + 1, min(index + 3, len(rows)))]
        stated = any(_LEGAL_MENTION.search(text) for text in below)
        for phrase in row.phrases():
            if LEGAL_FORMS.search(phrase.text) is None:
                continue
            said = _CAPITAL_OR_FORM.search(phrase.text) or _REGISTERED.search(phrase.text)
            if not (stated or said):
                continue
            name = _parts(phrase)[0]
            # Not a form alone (`EURL`), nor a name in another script, which a translation
            # may give beside the legal mentions in Latin letters.
            latin = re.search(r"[A-Za-z]{2}", LEGAL_FORMS.sub(" ", name.text)) is not None
            formed = LEGAL_FORMS.search(name.text) and not _form_only(name.text)
            if may_name(name.text) and formed and latin:
                yield index, name


#: A line of a company's legal mentions: its share capital, its register and number.
_LEGAL_MENTION = re.compile(
    r"\b(?:au\s+capital|capital\s+(?:social|variable|(?:de\s+)?\d)|rcs|siret|siren"
    r"|registered\s+(?:in|office|no)|company\s+(?:no|number|reg)|handelsregister|hrb?\s*\d"
    r"|amtsgericht|kvk|rpr|rpm|bce|firmenbuch)\b",
    re.IGNORECASE,
)


def _named(rows: Sequence[Row], footer: Sequence[int]) -> list[tuple[int, Cell]]:
    """The footer's phrases that name a company."""
    return [
        (i, part)
        for i in footer
        for part in _footer_parts(rows[i])
        # The tax id after the name is left out (OCR may misread it: `ABN 23 095 447:180`).
        if may_name(_TAX_ID_AFTER.sub("", part.text))
        and COMPANY_WORDS.search(part.text)
        and not _form_only(part.text)
    ]


def _footer_parts(row: Row) -> Iterator[Cell]:
    """The statements of a footer's row; a phrase that names no one read cell by cell,
    as a footer's narrow columns may stand as close as words (`Softwarehaus Nordlicht
    UG | Geschäftsführer: Jan-Ole Petersen | Förde Sparkasse`)."""
    for phrase in row.phrases():
        parts = _parts(phrase)
        if any(may_name(part.text) for part in parts):
            yield from parts
            continue
        for cell in row.cells:
            if phrase.x <= cell.x and cell.right <= phrase.right:
                yield from _parts(cell)


#: What joins the statements of a footer line: a middle dot, bullet or bar (`Acme Ltd ·
#: Registered in England No. 123 · VAT GB 123`, OCR may drop a space beside it), a full
#: stop or dash set apart (OCR may read the dot as either, or lose the space before the
#: dash: `Thomas Leroy- Entrepreneur individuel`), or a
#: sentence's end (`… to the card on file. Harborview Seaport Hotel LLC`, `… invoices (where
#: available). Hopr Technologies, Inc.`), not an
#: abbreviation a name goes on after (`Gebr. Hufnagel GmbH`, `Prof. Dr. …`). After it, what
#: a company's name is followed by in its legal mentions.
_FOOTER_JOINS = re.compile(
    r"\s*[·•|]\s*|\s+[–—.-]\s+|(?<=[^\W\d_]{2})[–—-]\s+(?=[A-Z])"
    r"|(?:(?<=[a-z]{2}\.)|(?<=[a-z]\)\.))(?<!Gebr\.)(?<!Geschw\.)(?<!Hnos\.)(?<!Prof\.)(?<!Ste\.)"
    # A company form abbreviated before its last word (`Pte. Ltd.`, `Pty. Ltd.`, `Pvt. Ltd.`).
    r"(?<!Pte\.)(?<!Pty\.)(?<!Pvt\.)(?<!Sdn\.)"
    # Nor a name's last abbreviation before its form (`Tekstil San. ve Tic. Ltd. Şti.`).
    r"(?<!Mme\.)\s+(?=[A-Z])(?!(?:Ltd|Inc|Corp|LLC|GmbH)\b)"
)
#: A company's registration said after its name (`Brightwater Energy Ltd is registered in
#: England & Wales`, `Acme Ltd, registered in Ireland`, `… is a company registered …`), or
#: what kind of body it is (`Tan Quek & Partners LLC (UEN 201712345K) is a law
#: corporation incorporated with limited liability in Singapore`) or what it is part of.
_REGISTERED = re.compile(
    r"\s*,?\s+(?:is\s+)?(?:a\s+company\s+)?(?:registered|incorporated)\s+(?:in|with|at|as|office|under)\b.*"
    r"|\s*(?:\([^)]*\)\s*)?,?\s+is\s+an?\s+(?:[^\W\d_]+\s+){0,3}?"
    r"(?:corporation|company|partnership|firm|practice|body)\b.*"
    # Or what it belongs to (`Kingsmead Academy is part of Kingsmead Academy Trust, …`).
    r"|\s*,?\s+is\s+(?:a\s+)?(?:part|member|subsidiary|division)\s+of\b.*",
    re.IGNORECASE,
)
#: What a footer says of the company after its name: its capital, its form spelled out.
_CAPITAL_OR_FORM = re.compile(
    r"\s*,?\s+(?:au\s+capital|with\s+(?:a\s+)?share\s+capital|mit\s+(?:einem\s+)?stammkapital"
    r"|(?:con\s+)?capitale\s+sociale|con\s+capital|capital\s+social)\b.*"
    # `SARL Méca Pont-Neuf, capital 8 000 €`.
    r"|(?:\s*,\s*|\s+)capital\s+(?:social\s+)?(?:de\s+)?\d.*"
    # The form again after a dash, before its capital (`SARL Menuiserie Perrin – SARL au
    # capital de 12 000 €`, the dash's spaces lost to the OCR: `Perrin -SARL au capital`).
    r"|(?:\s+[–—-]\s*|\s*[–—]\s*|\s*-\s+)[^\W\d_][\w.]*\s+(?:au\s+capital|capital\s+social|capitale\s+sociale)\b.*"
    # The form spelled out after the name (`SELARL VASSEUR AVOCATS, Société d'exercice
    # libéral à responsabilité limitée`).
    r"|\s*,\s*(?:soci[ée]t[ée]\s+(?:à\s+responsabilit[ée]|par\s+actions|anonyme|d.exercice"
    r"|en\s+(?:nom|commandite)|civile|coop[ée]rative)|entreprise\s+unipersonnelle"
    r"|gesellschaft\s+mit\s+beschr[äa]nkter|limited\s+liability\s+company"
    r"|sociedad\s+(?:an[óo]nima|limitada|de\s+responsabilidad)"
    r"|societ[àa]\s+(?:a\s+responsabilit[àa]|per\s+azioni|in\s+nome))\b.*",
    re.IGNORECASE,
)


def _form_only(text: str) -> bool:
    """`SARL au capital de 20 000 €` cut to `SARL`: a legal form without the name."""
    return not re.search(r"[^\W\d_]{2,}", LEGAL_FORMS.sub(" ", text))


def _signed_off(rows: Sequence[Row], footer: list[int]) -> Iterator[tuple[int, Cell]]:
    for i in footer:
        for phrase in rows[i].phrases():
            parts = _parts(phrase)
            # Statements joined by marks, or a name its address follows after a comma
            # (`Pinnacle Wireless, Inc., 4100 Westlake Ave N, … 1-888-555-0166`).
            whole = len(parts) < 2 and parts[0].text == phrase.text
            if whole or not _CONTACT.search(phrase.text):
                continue
            for part in parts:
                if may_name(part.text) and LEGAL_FORMS.search(part.text):
                    yield i, part


_CONTACT = re.compile(
    r"www\.|https?://|@|\.(?:com|net|org|io|uk|de|fr|nz|au|ie|ca|za|ch|at|be|nl|my|sg)\b|\d{4,}",
    re.I,
)


def _parts(cell: Cell) -> list[Cell]:
    """The statements of one footer phrase, each a cell of its own (same place), the
    name in each cut before its address, share capital or registration (`Atelier Lumière
    SARL au capital de …`, `Acme Ltd is registered in England`) or after its legal form
    run into the next statement by a dash (`Brasserie X SRL-BE 0712…`, a middle dot the
    OCR read so; `Camille Roussel EI- Entrepreneur individuel`, the space before the dash
    lost)."""
    cut = (
        _REGISTERED.sub("", _CAPITAL_OR_FORM.sub("", before_address(before_dash(piece)))).strip()
        for piece in _FOOTER_JOINS.split(cell.text)
    )
    pieces = _form_described(list(cut))
    if len(pieces) == 1 and pieces[0] == cell.text:
        return [cell]
    # A mark alone (a round stamp's `•`) is one statement of nothing.
    return [replace(cell, text=piece) for piece in pieces if piece] or [cell]


def _form_described(pieces: list[str]) -> list[str]:
    """The statements, a legal form that opens one to say what it is (`Moreau & Associés
    Expertise – SELARL d'expertise comptable au capital de …`) given back to the name
    before it, which has none of its own."""
    kept: list[str] = []
    for piece in pieces:
        form = LEGAL_FORMS.match(piece)
        rest = piece[form.end() :].lstrip() if form else ""
        if form and kept and not LEGAL_FORMS.search(kept[-1]) and rest[:1].islower():
            kept[-1] = f"{kept[-1]} {form.group().strip()}"
            continue
        kept.append(piece)
    return kept


def before_address(text: str) -> str:
    """`text` up to its first comma when the name before it ends in its legal form, what
    follows being its address or seat (`Pomelo Media Distribution S.à r.l., 31-33 rue
    Sainte-Zithe`, `Frischekorb GmbH & Co. KG, Sitz Hamburg`), else whole (`Acme, Inc.`).
    A form after the comma is the name's too (`Inkwell Print Co., LLC`, `Acme Co., Ltd.`),
    and the address is then after the next one (`Pinnacle Wireless, Inc., 4100 …`)."""
    head, comma, rest = text.partition(",")
    if not comma:
        return text
    rest = rest.lstrip()
    form = LEGAL_FORMS.match(rest)
    if not _ends_in_form(head):
        # The form after a comma, the address after another (`Pinnacle Wireless, Inc.,
        # 4100 Westlake Ave N`).
        if form and re.match(r"\.?\s*,\s*\S", rest[form.end() :]):
            return f"{head}, {rest[: form.end()]}{'.' if rest[form.end()] == '.' else ''}"
        return text
    if form and not re.match(r"\s*[^\W\d_]", rest[form.end() :]):
        return f"{head}, {rest.partition(',')[0].strip()}"
    return head


def before_dash(text: str) -> str:
    """`text` up to a legal form that a dash runs into the next statement (`Brasserie X
    SRL-BE 0712…`), or that a dash or dot set apart divides from it (`Lambert Rénovation
    SRL – Chaussée de Charleroi 302`, `… Supply Ltd. · 2150 Lougheed Hwy`), else whole."""
    for form in LEGAL_FORMS.finditer(text):
        end = form.end() + text.startswith(".", form.end())
        if _DASH_AFTER_FORM.match(text, form.end()) or _MARK_AFTER_FORM.match(text, end):
            return text[:end]
    return text


_DASH_AFTER_FORM = re.compile(
    # Or a word of the address run on (`Aéroligne Méditerranée SA-Aéroport Nice …`).
    r"-(?!OP\b)(?:\s|\d|[A-Z]{1,4}[\s\d.]|[A-ZÀ-Ý][a-zà-ÿ]{3,})|\s+[–—·|-]\s+\S"
)
#: The same after the form's full stop (`Coast Mountain Building Supply Ltd. · 2150
#: Lougheed Hwy`).
_MARK_AFTER_FORM = re.compile(r"\s+[–—·|]\s+\S")


def party_ids(text: str) -> bool:
    """Whether `text` gives a party's ids: labelled (`USt-IdNr.`, `Reg. kood`), or an IBAN
    or a VAT id printed bare (`KBC BE50 7370 1234 5618`, `BTW BE 0876.543.270`)."""
    return PARTY_IDS.search(text) is not None or bank_or_tax_id(text)


def carries_ids_below(rows: Sequence[Row], index: int, cell: Cell) -> bool:
    """Ids (VAT, register, registration number) within a few lines below `cell`, in its
    column: the name of a legal entity heading its own block."""
    for later in range(index + 1, min(len(rows), index + 8)):
        if rows[later].y < rows[index].y:
            return False
        for other in rows[later].phrases():
            if overlaps(other, cell) and party_ids(other.text):
                return True
    return False


_FREE_MAIL = {"gmail", "googlemail", "yahoo", "hotmail", "outlook", "gmx", "web", "icloud"}


def domains(rows: Sequence[Row]) -> set[str]:
    """The names in the web and mail addresses printed (`www.kraxi.com` → `KRAXI`)."""
    found = set()
    for row in rows:
        for match in re.finditer(r"(?:www\.|@|https?://)([a-z0-9-]{3,})\.", row.text, re.I):
            label = match.group(1).lower()
            if label not in _FREE_MAIL:
                found.add(label)
    return found


def address_domain(address: str | None) -> set[str]:
    """The name in a mail address's domain (`receipts@mail.ticketra.com` → `TICKETRA`,
    `ebill@skyfibre.co.in` → `SKYFIBRE`), none for a free mail service's."""
    if not address or "@" not in address:
        return set()
    labels = address.rpartition("@")[2].lower().split(".")
    second_level = len(labels) >= 3 and labels[-2] in {"co", "com", "org", "net", "ac", "gov"}
    label = labels[-3] if second_level else labels[-2] if len(labels) >= 2 else ""
    return {label} if len(label) >= 3 and label not in _FREE_MAIL else set()


def matches_domain(name: str, found: set[str]) -> bool:
    """`Global Goods Inc.` matches `globalgoods.co.uk`; `CRONUS DE` matches `cronus.com`;
    `Suministros Técnicos Levante` matches `stl-levante.es` (`found`: the domains' names
    as printed, hyphens kept); `Brick & Barrel` matches `brickandbarrel.coffee`, and
    `Mehta & Associates` `mehtaassociates.in`."""
    plain = COMPANY_WORDS.sub(" ", name)
    stems = {key(plain), key(plain.replace("&", " and "))}
    return any(
        len(stem) >= 4
        and len(key(domain)) >= 4
        and (
            stem.startswith(key(domain))
            or key(domain).startswith(stem)
            or _spelled_from(domain, name)
        )
        for stem in stems
        for domain in found
    )


def _spelled_from(domain: str, name: str) -> bool:
    """A hyphenated domain whose every part is the name's initials or one of its words,
    and one at least a word (`stl-levante`: Suministros Técnicos Levante)."""
    words = [key(word) for word in COMPANY_WORDS.sub(" ", name).split() if key(word)]
    parts = [key(part) for part in domain.split("-")]
    if len(parts) < 2 or len(words) < 2:
        return False
    initials = "".join(word[0] for word in words)
    whole = [part in words for part in parts]
    return any(whole) and all(
        is_word or part == initials for part, is_word in zip(parts, whole, strict=True)
    )
