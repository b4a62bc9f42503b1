"""The vendor (issuer): candidates from every kind of evidence, weighed together.

A `Sold by:` / `Verkäufer:` label settles which name it is (a misread in it is still
flagged). Otherwise candidates come from the party blocks, the return address, the
footer and the header lines (`bot.invoices.parties`), and each is scored by what
backs it: a seller heading, a return address, a footer beside the VAT id, the web
domain, ids in its own block, a company registration number on or under it (receipts
print the legal name right above `(256864-P)`), a company form (`Sdn Bhd`, `GmbH`,
`Ltd`), being the first header line. Names in customer blocks (`Bill to`, `Käufer`,
the envelope window) are never taken, nor is the company the page says owns or runs
the business (`Owned By :` over `X SDN BHD`): the shop heading the receipt is the vendor,
and that statement backs it; a company's former name (`formerly known as`) is no rival.
The confidence says how many independent kinds of evidence agree, and drops when a
different name is nearly as well backed.

The chosen name is then mended where OCR plainly misread it (a letter of `SDN BHD`,
a word one confusable letter from a common word: `bot.invoices.lexicon`), and left
for review when it was mended, bears other marks of a misread (a lower-case start,
a half-read company form, an unsure OCR line), sits below the first prices or starts
with `&` (the end of a name whose start was not read with it).
"""

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from itertools import pairwise

from bot.invoices.amounts import amounts, sum_alone
from bot.invoices.dates import find_dates
from bot.invoices.labels import (
    COMPANY_WORDS,
    CUSTOMER_LABELS,
    DATE_LABELS,
    DOCUMENT_TITLE,
    FIELD_WORDS,
    LEGAL_FORMS,
    LEGIBLE,
    NAME_LABELS,
    NUMBER_LABELS,
    ON_BEHALF_OF,
    REGISTRATION,
    SELLER_HEADINGS,
    SERIAL_AFTER_NAME,
    SOLD_BY_WORDS,
    STREET_BEFORE_NAME,
    STRONG_TOTAL,
    VENDOR_LABELS,
)
from bot.invoices.layout import COLUMN_SPACE, Cell, Row, cell_at, overlaps
from bot.invoices.lexicon import known, mend_name, zipf
from bot.invoices.mail import Mail
from bot.invoices.parties import (
    HAN,
    POSTCODE,
    Spot,
    address_domain,
    before_address,
    before_dash,
    block_name,
    blocks,
    carries_ids_below,
    clean_name,
    domains,
    footer_names,
    in_latin_letters,
    key,
    legal_statements,
    line_height,
    matches_domain,
    may_name,
    nameless_sender_window,
    party_ids,
    return_address,
)

#: Two names this long that differ by a few letters inside are one name, misread once.
MISREAD_LENGTH = 8
WEIGHTS = {
    "label": 8,
    "heading": 5,
    "return": 4,
    "footer": 3,
    "thanks": 3,
    "payee": 4,
    "sender": 3,
    "signed": 2,
    "domain": 4,
    "block_ids": 2,
    "ids": 1,
    "registration": 2,
    "company": 2,
    "first": 1,
    # Ranks nothing (a logo's lettering is large too); only `_confidence` reads it.
    "large": 0,
    "repeated": 1,
    "owned": 3,
    # A sentence says another company runs it: no weight, a doubt.
    "run_by": 0,
}
#: Evidence that says "issuer" on its own, beyond looking like a company.
STRONG = frozenset(
    {
        "label",
        "heading",
        "return",
        "footer",
        "thanks",
        "payee",
        "sender",
        "domain",
        "block_ids",
        "registration",
        "owned",
    }
)
#: A receipt's sign-off that names the shop (`Thank you for shopping at ShopMart!`,
#: `Merci de votre visite chez Carrefour`): the one place a store whose logo is a picture
#: prints its name. (Where the line breaks before the name, the line under it is not
#: taken: on SROIE's receipts it named the shop otherwise than their labels do.)
_THANKED = re.compile(
    r"\b(?:(?:thank\s*you|thanks)\s*for\s*(?:(?:shopping|dining|visiting|choosing|staying)"
    r"\s*(?:at|with)|your\s*(?:visit|purchase|order)\s*(?:at|to|with))"
    r"|(?:bedankt|dank\s*u(?:\s*wel)?)\s*voor\s*(?:uw|je)\s*(?:bezoek|aankoop)\s*(?:aan|bij)"
    r"|(?:vielen\s*)?dank(?:e)?\s*f[üu]r\s*ihren\s*(?:einkauf|besuch)\s*(?:bei|im|in\s*der)"
    r"|merci\s*(?:de|pour)\s*votre\s*(?:visite|achat)\s*(?:chez|[àa])"
    r"|gracias\s*por\s*(?:su|tu)\s*(?:compra|visita)\s*(?:en|a)"
    r"|grazie\s*per\s*(?:la\s*(?:visita|spesa)|l['’]acquisto)\s*(?:da|presso|a)"
    r")\s+(?P<name>[^\W\d][^.!,;:\u2003]{2,40}?)\s*(?:[.!,;:\u2003]|$)",
    re.IGNORECASE,
)
#: Where `Issued by` names the issuer: opening its phrase, or after the document it issues
#: (`This tax invoice is issued by …`); not a certificate's or a permit's issuer named in a
#: sentence (`as per Interim Certificate No. 6 issued by …`).
_ISSUER_OPENS = (
    r"(?:^\W*|(?<=\u2003)\W*|\b(?:invoice|receipt|document|ticket|bill|note)\s+(?:is\s+)?)"
)
#: `Sold by Shopmarket EU S.à r.l.` without a colon, as marketplaces print it, or an
#: airline's `Issued by Skyfern Aviation DAC`, or a marketplace receipt's heading `Order
#: from Willow Lane Prints`: the seller, a capital opening the name.
_SOLD_BY = re.compile(
    # A platform issues some invoices on behalf of the seller, or as its agent, whom
    # another label names.
    rf"(?:(?<![\w-])(?:{SOLD_BY_WORDS})|{_ISSUER_OPENS}issued\s*by"
    r"(?!.*\b(?:on\s*behalf|as\s*(?:an?\s*)?agent)\b)"
    r"|^\W*(?:your\s+)?order\s+from)"
    r"\s+(?P<name>(?-i:[A-Z]).+)",
    re.IGNORECASE,
)
#: Who cheques are made out to is who sent the bill (`Make checks payable to X Inc.`).
_PAYEE = re.compile(
    r"(?:\b(?:cheques?|checks?)\s*(?:are\s*|should\s*be\s*)?(?:made\s*)?payable\s*to"
    # `Payment by bank transfer to Brightwire Electrical Services Ltd`, `Payment by EFT to`.
    r"|\bpayment\s*by\s*(?:bank\s*)?(?:transfer|eft|direct\s*(?:deposit|credit))\s*to"
    # The same opening a note's line: `EFT to The Copper Pot Kitchen Ltd - IBAN …`.
    r"|(?:^|(?<=\u2003))\W*(?:eft|bacs|(?:bank\s*)?transfer|direct\s*(?:deposit|credit)"
    r"|wire(?:\s*transfer)?)\s*to"
    # A statement's `Remit to: Peakline Staffing Solutions, LLC, P.O. Box …`.
    r"|\bremit(?:tance)?\s*(?:payment\s*)?to"
    # A payment slip's account `intestato a` (Italian), a cheque `à l'ordre de` (French).
    r"|\bintestat[oa]\s+a|\b[àa]\s+l['’]ordre\s+de"
    # A Swiss QR bill's creditor: `Konto / Zahlbar an`, `Compte / Payable à`.
    r"|\b(?:konto|compte|conto|account)\s*/\s*(?:zahlbar\s+an|payable\s+[àa]|pagabile\s+a"
    r"|payable\s+to))\s*:?\s+"
    # The name ends at the column's edge (`… TRADING | Signature`), or at a comma not
    # before its form (`, LLC`, `, Inc.`).
    # Not a phrase standing for the name (`Cheque payable to the company name above`).
    r"(?!(?-i:(?:the|our|this)\s+(?:company|firm|business|name|above))\b)"
    r"(?P<name>[^\W\d][^,;:|\u2003]{2,60}?(?:,\s*(?:LLC|L\.L\.C\.|Inc|LLP|Ltd|Corp)\b\.?)?"
    r"(?:(?:(?<=bhd)|(?<=ltd)|(?<=inc)|(?<=pte)|(?<=pty)|(?<=corp))\.)?)"
    # Not the point of a form's first word (`HUP LEE HARDWARE (M) SDN. BHD.`). Nor the
    # other way to pay after it (`à l'ordre de EURL Da Costa Peinture ou par virement`).
    # Nor a title's (`Praxis Dr. phil. Anna Keller`).
    r"\s*(?:(?<!\bdr)(?<!\bprof)(?<!\bphil)(?<!\bmed)(?<!\bdent)(?<!\bdipl)(?<!\bing)"
    r"\.\s(?!bhd\b|ltd\b|pte\b|pty\b|inc\b|limited\b)|\.?$|[,;|\u2003]"
    r"|(?=\s(?:ou|or|oder|o)\s+(?:par|by|per|via|mit|tramite|through)\b)"
    # Nor the account after a dash (`… Kitchen Ltd - IBAN IE29 …`).
    r"|(?=\s*[-–—]\s*(?:iban|bic|swift|bsb|sort\s*code|acc(?:ount)?|a/c)\b))",
    re.IGNORECASE,
)
#: A department's name, all a sender line gives before its address (`Council Tax Section`,
#: `Service client`).
_DEPARTMENT = re.compile(
    r"\b(?:section|department|dept\.?|division|team|abteilung|service\s+(?:client|comptable))$",
    re.IGNORECASE,
)
#: A post office box, the whole of some remittance addresses.
_PO_BOX = re.compile(
    r"\W*(?:p\.?\s*o\.?\s*box|post\s*office\s*box|postfach|bo[iî]te\s*postale)\b", re.I
)
#: The company a signature is made for, under `Authorised Signature` (`for TECK GUAN
#: BUILDING MATERIALS SDN BHD`, Malay `bagi pihak`), in a cell of its own.
_SIGNED_FOR = re.compile(
    r"(?:^|(?<=\u2003))\W*(?:for(?:\s+and\s+on\s+behalf\s+of)?|bagi\s+pihak|b/p)\s+"
    r"(?P<name>[^\W\d][^\u2003]{2,60}?)\s*(?:\u2003|$)",
    re.IGNORECASE,
)
#: The possessive a letter's sign-off opens its signer with: `Ihre`, `Your`, `Votre`, `Uw`.
_YOURS = re.compile(r"^\W*(?:ihre?|your|votre|uw)\s+(?=\S)", re.IGNORECASE)
#: A letter's closing: the line under it is signed by the sender.
_SIGN_OFF = re.compile(
    r"^\W*(?:(?:kind|best|warm)\s*regards|yours\s*(?:sincerely|faithfully|truly)|sincerely"
    r"|mit\s*freundlichen\s*gr[üu](?:ß|ss)en|freundliche\s*gr[üu](?:ß|ss)e|(?:bien\s*)?cordialement"
    r"|(?:distinti|cordiali)\s*saluti|atentamente|un\s*saludo|met\s*vriendelijke\s*groet(?:en)?)"
    r"\W*$",
    re.IGNORECASE,
)
#: `Owned by: X Sdn Bhd`, `Owned & Operated by:`, `Operated by X LLC`, `(A unit of X Pvt.
#: Ltd.)`, Malay `Dimiliki oleh X`, French `Exploité par X SAS`: the company behind the shop
#: or firm, printed under the name the business trades and is known by; or said of the
#: shop in a sentence (`ClearSight Chelmsford is independently owned and operated by X
#: Ltd`), or of a franchise's brand (`exploité sous contrat de franchise X SA`, `under
#: licence from X Ltd`).
_OPERATOR = re.compile(
    r"(?:^\W*|\bis\s+(?:(?:independently|wholly|locally)\s+)?(?=owned|operated|run|managed)"
    r"|(?=\bexploit[ée]e?\s*sous|\bunder\s*licen))"
    r"(?:(?:(?:(?:independently|wholly)\s*)?owned(?:\s*(?:&|and)\s*operated)?|operated|managed"
    r"|run|franchised)\s*by"
    # Its `by` and the name wrapped onto the next line.
    r"|(?:(?:independently|wholly)\s*)?owned\s*(?:&|and)\s*operated(?=\s*$)"
    r"|exploit[ée]e?\s*sous\s*contrat\s*de\s*franchise"
    r"|under\s*licen[cs]e\s*from"
    # Malay, after the brand too (`Dobi Wangi dikendalikan oleh`).
    r"|(?:[^\W\d_][^\W\d_&'’ ]*(?:\s+[^\W\d_][^\W\d_&'’]*){0,3}\s+)?"
    r"(?:dimiliki|diuruskan|dikendalikan)\s*oleh"
    # French, Italian, Spanish, German, Dutch: `Exploité par`, `Gestito da`, `Betrieben von`.
    r"|(?:exploit[ée]e?|g[ée]r[ée]e?)\s*par|gestit[oa]\s*da|(?:explotad|gestionad)[oa]\s*por"
    r"|betrieben\s*(?:von|durch)|(?:ge[ëe]xploiteerd|uitgebaat)\s*door"
    # The owner under a German sole trader's name (`Inh. Dr. Sabine Roth e.K.`).
    r"|inh(?:aber(?:in)?)?"
    r"|(?:an?\s+)?(?:division|subsidiary|member|unit)\s+of)\b\W*(?P<name>.*)$",
    re.IGNORECASE,
)
#: A code, not a name: a long run of mixed-case letters and digits (a till's signature or
#: a QR code's text read as the footer's line, `8DuZzAXB79kCPv0P8GortbS0zsNZIgB7zn0s16`,
#: in base64 with its `+`, `/` and `=`).
_CODE = re.compile(r"(?=\S*\d)(?=\S*[a-z])(?=\S*[A-Z])[^\W_][\w+/=]{15,}")
#: A bank, named in the footer's column of bank details (`Oberbank AG` over the IBAN):
#: where the money goes, not who is paid.
_BANK = re.compile(
    r"\w*bank\b|\bbank|sparkasse|raiffeisen|\bbanque\b|\bbanca\b|\bbanco\b|\bcaisse\b"
    r"|\bcr[ée]dit\s+(?:agricole|mutuel|lyonnais|coop[ée]ratif)|postfinance",
    re.IGNORECASE,
)
#: An account kept for the party or its bank's details (`Compte fournisseur`,
#: `Coordonnées bancaires fournisseur`, `Bank details supplier`), before its label.
_ACCOUNT_OF = re.compile(
    r"\b(?:compte|konto|account|bankverbindung|coordonn[ée]es|bancaires?|details)\W*$", re.I
)
#: A bank's account details right after a payee's name (`remit to Barclays, sort code
#: 20-98-61`): the name is the bank's.
_ACCOUNT_AFTER = re.compile(
    r"\s*,?\s*(?:sort\s*code|a/c\b|acc(?:oun)?t\b|acc\b|iban\b|bsb\b|routing|swift|bic\b)",
    re.IGNORECASE,
)
#: A payment slip's label run into the name beside it (`Bénéficiaire | Imprimerie X SRL`).
_ACCOUNT_HOLDER = re.compile(
    r"^\W*(?:b[ée]n[ée]ficiaire|beneficiary|payee|account\s*(?:name|holder)|kontoinhaber(?:in)?"
    r"|zahlungsempf[äa]nger|titulaire(?:\s*du\s*compte)?|begunstigde|rekeninghouder)\b\W*",
    re.IGNORECASE,
)
#: A factor the invoice's debt was sold to: `assigned to X`, `abgetreten an X`, `cédée à X`.
_ASSIGNED = re.compile(
    r"\b(?:(?:assigned|transferred)\s+to|abgetreten\s+an|c[ée]d[ée]e?s?\s+[àa]|gecedeerd\s+aan)"
    r"\b\W*(?P<name>[^.;]*)",
    re.IGNORECASE,
)
#: The company liable for a limited partnership (`Persönlich haftende Gesellschafterin:
#: Rheinfrisch Verwaltungs-GmbH` in a GmbH & Co. KG's footer): a partner, not the seller.
_GENERAL_PARTNER = re.compile(
    r"\b(?:pers[öo]nlich\s+haftende\s+gesellschafter(?:in)?|komplement[äa]r(?:in)?"
    # Abbreviated: `Pers. haft. Ges.:`, `phG:`.
    r"|pers\.\s*haft\.\s*(?:ges(?:ellschafter(?:in)?)?\.?)?|phg"
    r"|general\s+partner|associ[ée]\s+commandit[ée])\b\W*(?P<name>.*)$",
    re.IGNORECASE,
)
#: `formerly known as Golden Arches Restaurants Sdn Bhd`: the same company's old name,
#: no second company on the page.
_FORMERLY = re.compile(
    r"^\W*(?:formerly|previously|dahulunya|dahulu)\b(?:\s*(?:known|dikenali)\s*(?:as|sebagai))?"
    r"\b\W*(?P<name>.*)$",
    re.IGNORECASE,
)
#: `Ordered Through : Flipkart.com`, `Purchased via Etsy`: the marketplace the order was
#: placed on, which is not the seller named beside `Sold By`.
_PLATFORM = re.compile(
    r"\b(?:ordered|purchased|bought|booked|sold)\s*(?:through|via)\b\s*:?\s*(?P<name>.*)$",
    re.IGNORECASE,
)
#: A name that starts with a joining word is the end of one whose start was not read
#: with it (`& TEA LEAF (M) SDN. BHD.` under `THE COFFEE BEAN` and a stray line).
_JOINER = r"(?:&|\band\b|\bdan\b|\bund\b|\bet\b)"
_FRAGMENT = re.compile(rf"^\W*{_JOINER}", re.IGNORECASE)
#: A line ending so runs on to the next (`SPICE &` / `GRILL`).
_OPEN_END = re.compile(rf"{_JOINER}\s*$", re.IGNORECASE)
#: A company form a narrow slip breaks over two lines (`S.A. DE` / `C.V.`, `Sp. z` / `o.o.`,
#: `KENANGA SERVICE STATION SDN.` / `BHD.`): the name goes on with the rest of its form.
_FORM_OPEN = re.compile(
    r"\bS\.?(?:\s*A\.?)?(?:\s*[PB]\.?(?:\s*I\.?)?)?\s+DE\s*$|\bsp\.\s*z\s*$"
    r"|\b(?:SDN|PTE|PVT|PTY)\b\.?\s*$",
    re.IGNORECASE,
)
_FORM_REST = re.compile(
    r"^\s*(?:C\.?\s*V|R\.?\s*L|[o0]\.\s*[o0]|BHD|LTD)\b\.?", re.IGNORECASE
)
#: A rival this much less well backed than the chosen name still nearly matches it: less
#: than one strong kind of evidence (a footer, a return address) apart.
NEARLY = 3
#: A name printed this many times the page's usual type height stands out as a heading.
LARGE = 1.4
#: A first line this many times taller than the line under it heads it (a subtitle under
#: a name); a photo's perspective leaves less than `LARGE` against the whole page.
TALLER = 1.15
#: Below this OCR confidence the name's line was not read clearly enough to trust.
SURE_READ = 0.9
#: The confidence of a name that was mended or bears a mark of being misread or
#: misplaced: below `validate.SURE`, so a person looks at it.
DOUBTFUL = 0.6


@dataclass
class _Scored:
    name: str
    cell: Cell
    evidence: set[str] = field(default_factory=set)
    #: The row of a header candidate.
    row: int | None = None
    #: Printed again elsewhere, read with a letter or two otherwise there.
    read_otherwise: bool = False

    @property
    def score(self) -> float:
        evidence = self.evidence - ({"ids"} if "block_ids" in self.evidence else set())
        return sum(WEIGHTS[e] for e in evidence) - 2 * (self.cell.confidence < LEGIBLE)


def find_vendor(rows: Sequence[Row], mail: Mail | None = None) -> tuple[str, float] | None:
    """The vendor's name and how sure we are of it, or None. `mail`: the e-mail the
    document came in, whose sender names the seller too."""
    found = _found_vendor(rows, mail)
    if found is None:
        return None
    name, sure = found
    return _partnership_in_full(rows, name) or name, sure


#: A limited partnership's name cut after its partner (`Kranz Logistik GmbH & Co.`), and
#: the word of its form the line wrapped (`KG`, `KGaA`, `OHG`).
_PARTNER_ONLY = re.compile(r"&\s*Co\.?$", re.IGNORECASE)
_PARTNERSHIP = re.compile(r"\s*(KGaA|KG|OHG|oHG)\b")


def _partnership_in_full(rows: Sequence[Row], name: str) -> str | None:
    """The name with its form, printed so elsewhere on the page or wrapped onto a line
    of its own (a grid cell's `Kranz Logistik GmbH & Co.` over `KG`)."""
    if not _PARTNER_ONLY.search(name):
        return None
    for row in rows:
        for cell in row.phrases():
            at = cell.text.find(name)
            form = _PARTNERSHIP.match(cell.text, at + len(name)) if at >= 0 else None
            alone = _PARTNERSHIP.fullmatch(cell.text)
            if form or alone:
                return f"{name} {(form or alone)[1]}"
    return None


def _found_vendor(rows: Sequence[Row], mail: Mail | None) -> tuple[str, float] | None:
    if (seller := _side_labelled_seller(rows)) is not None:
        return seller
    if (supplier := _self_billed_supplier(rows)) is not None:
        return supplier
    for index in range(len(rows)):
        for text, confidence in _labelled_phrases(rows, index):
            match = VENDOR_LABELS.search(text) or _SOLD_BY.search(text)
            # `Customer Legal Name:`, `Buyer's supplier:`: the label is the customer's;
            # `Bankverbindung Lieferant:` names the supplier's bank, `Compte fournisseur:`
            # the account an inbox books it to.
            if match and (
                CUSTOMER_LABELS.search(text[: match.start()])
                or _BANK.search(text[: match.start()])
                or _ACCOUNT_OF.search(text[: match.start()])
            ):
                continue
            if match and not _clerk(match):
                # The name, not its address after a comma (`Holzmann Werkzeuge GmbH & Co.
                # KG, Industriestr. 7, 33330 Gütersloh`).
                # Nor the next statement after its form and a dash or dot (`Stadtwerke
                # Lindenau GmbH · Netzbetreiber: Lindenau Netz GmbH`).
                said = before_dash(match.group("name"))
                name = mend_form(clean_name(before_address(said)))
                # A viewer's `Seller` over its `Name | …` row: the field's label, not a name.
                if NAME_LABELS.search(name):
                    continue
                if may_name(name) or COMPANY_WORDS.search(name):
                    # A card slip's `MERCHANT: TOOLYARD PENRITH` names the outlet of the
                    # company the head prints (`Toolyard Hardware Group Pty Ltd`).
                    name = _company_of_outlet(rows, name) or name
                    sure = min(0.92, 0.5 + 0.5 * confidence)
                    doubtful = (
                        _garbled(name, confidence)
                        or _through_platform(rows, name)
                        or _field_like(name)
                    )
                    return name, min(sure, DOUBTFUL) if doubtful else sure

    found: dict[str, _Scored] = {}

    def add(name: str, cell: Cell, *evidence: str, row: int | None = None) -> None:
        # A company form alone (`CORP`, a hotel folio's rate code) names no one, nor does
        # a label with it for its value (`Rate Code: CORP` read as one phrase).
        if _FORM_ALONE.fullmatch(name.rpartition(":")[2]):
            return
        name = clean_name(_ACCOUNT_HOLDER.sub("", name))
        # Not the statement of who runs the business (`X is independently owned and
        # operated by …`), nor its wrapped end (`by Talbot Food Services Ltd`).
        if (operated := _OPERATOR.search(name)) and operated.start() > 0:
            name = name[: operated.start()].strip()
        if re.match(r"by\s", name):
            return
        if sum(ch.isalpha() for ch in name) < 3 or key(name) in customers or _CODE.fullmatch(name):
            return
        # An address to write to (`email remittance to hello@…`) names no one.
        if re.search(r"\S@\S|^www\.|https?://", name):
            return
        entry = found.setdefault(key(name), _Scored(name, cell, row=row))
        entry.evidence.update(evidence)

    def signing_company(cell: Cell) -> str | None:
        # A signature's `For Dar Al Waha Trading Est.` names the company it is made for.
        made_for = _SIGNED_FOR.match(cell.text)
        return made_for["name"] if made_for and COMPANY_WORDS.search(made_for["name"]) else None

    parties = blocks(rows)
    hidden: set[Spot] = set()
    # The customer's name, printed again elsewhere (a payment slip's payer), is no rival.
    customers: set[str] = set()
    customer_spots: set[Spot] = set()
    for block in parties:
        if block.kind == "customer":
            customer_spots |= block.spots
            if named := block_name(block, rows):
                customers.add(key(clean_name(named[0])))
    # The customer's block, labelled or in an address window: no heading of the page's.
    labelled = _labelled_customer(rows)
    windows = _address_window(rows, labelled)
    customers |= _beside_customer_label(rows) | _windows_names(rows, windows)
    hidden |= customer_spots
    for block in parties:
        named = block_name(block, rows) if block.kind == "seller" else None
        if named and (named[1].row, named[1].value.x) not in hidden:
            add(named[0], named[1].value, "heading", *(["block_ids"] if block.has_ids else []))

    sender = return_address(rows)
    if sender:
        hidden |= sender.window
        name = _fuller(rows, sender.name) or sender.name
        # A department of the issuer's writes back, not a name of it (`Council Tax
        # Section, PO Box 311, …` under `Harrowden District Council`).
        department = _DEPARTMENT.search(name) is not None
        if not department and (
            sender.separated or name != sender.name or COMPANY_WORDS.search(name)
        ):
            add(name, sender.cell, "return")
    else:
        hidden |= nameless_sender_window(rows)

    for index, cell in footer_names(rows):
        if (
            (index, cell.x) not in hidden
            and not _bare_address(cell.text)
            and not _BANK.search(cell.text)
        ):
            add(signing_company(cell) or _without_monogram(cell.text, index), cell, "footer")

    for index, cell in legal_statements(rows):
        if (index, cell.x) not in hidden:
            add(signing_company(cell) or _without_monogram(cell.text, index), cell, "footer")

    if mail is not None and mail.sender is not None and may_name(mail.sender.text):
        add(mail.sender.text, mail.sender, "sender")

    # The companies signatures are made for: they back a name printed elsewhere.
    signed_for: list[tuple[str, Cell]] = []
    for index, row in enumerate(rows):
        if thanked := _THANKED.search(row.text):
            add(_run_on(rows, index, thanked), row.cells[0], "thanks")
        if payee := _PAYEE.search(row.text):
            if named := _payee_below(rows, index, payee):
                # `REMIT TO` over `Please make checks payable to Ridgeback Renovations LLC`.
                said = _PAYEE.search(named.text)
                add(said.group("name") if said else named.text, named, "payee")
            # Not `PLEASE REMIT TO: PO BOX 170455, MILWAUKEE WI` nor `CIMB Bank A/C …`:
            # where the money goes, not who is paid.
            elif not _owner_under_heading(rows, name := _run_on(rows, index, payee)) and not (
                _PO_BOX.match(name)
                or _BANK.search(name)
                or _ACCOUNT_AFTER.match(row.text, payee.end("name"))
            ):
                add(name, row.cells[0], "payee")
        made_for = _SIGNED_FOR.search(row.text)
        if made_for and _by_signature(rows, index) and COMPANY_WORDS.search(made_for["name"]):
            # Not the signatory's line run on after a dash (`For Kesar Packaging Private
            # Limited — Authorised Signatory`).
            signer = re.split(r"\s+[–—-]\s+", made_for["name"])[0]
            signed_for.append((clean_name(signer), row.cells[0]))
        if _SIGN_OFF.match(row.text) and index + 1 < len(rows):
            # The company with its form under a person or a department signing for it
            # (`Cordialement, | Service administration des ventes | Boulangerie … SAS`).
            under = [rows[i].phrases()[0] for i in range(index + 1, min(index + 4, len(rows)))]
            signed = next(
                (
                    phrase
                    for phrase in under
                    if LEGAL_FORMS.search(phrase.text) and may_name(phrase.text)
                ),
                under[0],
            )
            if may_name(signed.text) and not _address(signed.text):
                # Not the possessive it is signed with (`Ihre BKK Hohenfels`, `Votre
                # équipe …`).
                add(_YOURS.sub("", signed.text), signed, "signed")

    typical = line_height(rows)
    heads: dict[int, str] = {}
    #: The names run on into the row below theirs, by that row.
    tails: dict[int, str] = {}
    for index, cell, first in _header(rows, hidden | labelled | windows):
        name, top = _whole_name(rows, index, cell, typical)
        # A trade alone (`ARQUITECTURA` under a monogram) says what, not who, unless it
        # is registered as the name.
        if (_trade_only(name) and not _registered_sign(rows, index, cell)) or _SLOGAN.match(name):
            continue
        evidence = ["first"] if first else []
        # The first line of a name run over two (`PASARAYA BORONG PINTAR` / `SDN BHD`)
        # was a candidate of its own: what backed it backs the whole name.
        for part in (heads.get(row) for row in range(top, index)):
            if part in found and part in key(name) and part != key(name):
                evidence.extend(found.pop(part).evidence)
        heads[index] = key(clean_name(name))
        if _registered(rows, index, cell):
            evidence.append("registration")
        if carries_ids_below(rows, index, cell):
            evidence.append("ids")
        if cell.height >= LARGE * typical:
            evidence.append("large")
        # The last line of a name run over two (`KEDAI MAKANAN DAN MINUMAN` / `YEE LOY`):
        # what backs it (the registration under it) backs the whole name.
        joined = tails.get(index)
        if joined in found and key(clean_name(name)) in joined:
            found[joined].evidence.update(set(evidence) - {"first"})
            continue
        add(name, cell, *evidence, row=index)
        if not name.endswith(cell.text):
            tails[index + 1] = key(clean_name(name))

    for signer, cell in signed_for:
        name = key(signer)
        backed = found.get(name) or next(
            (entry for other, entry in found.items() if _misread_of(name, other)), None
        )
        if backed is not None:
            backed.evidence.add("signed")
        elif LEGAL_FORMS.search(signer):
            # A company that signs for the invoice with its legal form, named nowhere
            # else in words (its letterhead a logo).
            add(signer, cell, "signed")
    _drop_translations(found)
    _set_operators_apart(found, rows)
    _drop_former_names(found, rows)
    _drop_assignees(found, rows)
    _merge_misreads(found)
    if not found:
        return None
    sites = domains(rows) | address_domain(mail and mail.sender_address)
    counts = _counts(rows)
    heading = next((e for e in found.values() if "first" in e.evidence), None)
    for entry in found.values():
        if COMPANY_WORDS.search(entry.name) and not _subtitle(entry, heading):
            entry.evidence.add("company")
        if sites and matches_domain(entry.name, sites):
            entry.evidence.add("domain")
        # A heading's name joined from a logo's lines (`KOWHAI` / `DIGITAL`) is printed
        # there once more than its phrases count.
        first_line = key(clean_name(entry.cell.text))
        joined = (
            "first" in entry.evidence
            and key(entry.name) != first_line
            and key(entry.name).startswith(first_line)
        )
        if counts.get(key(entry.name), 0) + joined >= 2:
            entry.evidence.add("repeated")
    ranked = sorted(found.values(), key=lambda e: e.score, reverse=True)
    best = _spelled_out(ranked[0], ranked[1:])
    best = _stacked_logo(rows, best, ranked) or best
    rivals = [
        e
        for e in ranked
        if e is not best
        and not _short_form(e.name, best.name)
        and not _cut_off(e.name, best.name)
        and not _with_form(e.name, best.name)
        and not _with_form(best.name, e.name)
        and not _words_of(e.name, best.name)
        and not _contracted(e.name, best.name)
        and not _acronym_of(e.name, best.name)
        and not _held_in_company(e, best)
        and not _in_full(e.name, best.name)
    ]
    # The footer's name is printed with its form in the head too (`EURL GIRARD PLÂTRERIE
    # ISOLATION` under a logo's `GIR`): not a company named only in the footer.
    headed = any(
        _with_form(best.name, e.name) and "footer" not in e.evidence
        for e in ranked
        if e is not best
    )
    registered = _registered_form(best.name, rows, customer_spots)
    # The name with only its form added is the same company's (`Wexcombe Occupational
    # Health Ltd Company Registration No. …` in the footer).
    formed_as = registered if registered and _with_form(best.name, registered) else None
    contested = (
        _rival_entity(best, rivals)
        or _heading_unlike_thanks(best, rivals)
        or (not headed and _heading_unlike_footer(best, rivals))
        or (registered is not None and formed_as is None)
        or "run_by" in best.evidence
    )
    plain = (
        _plain_name(best.name)
        and not _FRAMED.fullmatch(best.cell.text)
        and not (best.row is not None and amounts(rows[best.row].text))
    )
    sure = _confidence(best, rivals[0] if rivals else None, contested, plain)
    formed = mend_form(_letters_for_digits(_stray_marks(best.name, rows)))
    # A name printed the same way twice or more was read as printed, as was one taken
    # from a text layer (`Kronborg VVS ApS` is no misread `Kronberg`).
    repeated = "repeated" in best.evidence or best.cell.exact
    name, mended = (formed, 0) if repeated else mend_name(formed, keep=LEGAL_FORMS)
    if not repeated:
        name, smudged = _mend_trade_words(name)
        mended += smudged
    misread = (
        mended
        or (formed != best.name and not _zeros_for_o(best.name, formed))
        or _garbled(formed, best.cell.confidence)
        or best.read_otherwise
        or any(_spelled_otherwise(best.name, rival.name) for rival in rivals)
    )
    if (
        misread
        or _in_body(rows, best)
        or _FRAGMENT.match(name)
        or _field_like(name)
        or _LOGO_INITIAL.match(name)
        or (best.row is not None and _LOGO_INITIAL.match(rows[best.row].text))
        or _in_another_script(name, rows)
        or _trade_only(_without_form(name), _LINE_OF_BUSINESS)
    ):
        sure = min(sure, DOUBTFUL)
    whole = formed_as if formed_as and _with_form(name, formed_as) else _with_its_form(rows, name)
    return _with_owner(rows, whole), sure


def _with_its_form(rows: Sequence[Row], name: str) -> str:
    """The name with the legal form a line of its own prints after it, where the heading
    leaves it out (`LUCKY DOG TAVERN` over the small print's `Lucky Dog Tavern LLC`,
    `Hillcrest Apothecary, Inc.`), or before it, as French firms print theirs (`EURL
    GIRARD PLÂTRERIE ISOLATION`): the registered name, as printed."""
    if LEGAL_FORMS.search(name) or len(key(name)) < 5:
        return name
    for part in _statements(rows):
        # Not the address a dash sets after the form (`… Distribution SA - 13400 Aubagne`).
        cleaned = clean_name(before_dash(part))
        form = LEGAL_FORMS.search(cleaned)
        if form is None:
            continue
        ends = form.end() >= len(cleaned.rstrip(". "))
        # Not a legal mention's form after a dash (`Les Saveurs d'Anjou – SAS au capital
        # de …`), which says what the company is.
        before = cleaned[: form.start()]
        if ends and not re.search(r"[–—-]\s*$", before) and key(before) == key(name):
            return cleaned
        if not before.strip() and key(cleaned[form.end() :]) == key(name):
            return cleaned
    return name


def _with_owner(rows: Sequence[Row], name: str) -> str:
    """The trade name with its owner, where a line prints them as one (`Metzgerei
    Schäfer, Inh. Rainer Schäfer e.K.` in the sender line, `Salon Haarmonie – Inh. Sabine
    Krüger` in the footer, under a heading of the trade name alone): a sole trader's
    whole name, as a letterhead that prints it on one line is read."""
    owned = re.compile(re.escape(name) + _OWNER_AFTER)
    return next((found.group() for part in _statements(rows) if (found := owned.match(part))), name)


def _statements(rows: Sequence[Row]) -> Iterator[str]:
    """Each row's statements: its cells, and the parts a middle dot or a bar sets apart."""
    for row in rows:
        yield from re.split(r"\s*[·|\u2003]\s*", row.text)


#: A sole trader's owner after the trade name: `, Inh. Rainer Schäfer e.K.`, `– Inhaber:
#: Jonas Keller`, up to the address after a comma.
_OWNER_AFTER = (
    r"\s*(?:,|[–—-])\s*Inh(?:aber)?\b\.?:?\s+[A-ZÄÖÜ][^\W\d_]+(?:[ -][A-ZÄÖÜ][^\W\d_]+){0,3}"
    r"(?:\s+e\.\s?[KU]\.)?(?=\s*(?:$|,))"
)


#: A document the buyer issues in the supplier's name (self-billing, `autofattura`,
#: `autofactura`, `autofacturation`): its letterhead is the buyer's.
_SELF_BILLED = re.compile(
    r"\bself[-\s]?bill(?:ed|ing)\b|\bauto-?fa(?:ttura|ctura|cturation)\b", re.IGNORECASE
)


#: The first rows, where a page heads itself with its company.
_OUTLET_HEAD = 6


def _company_of_outlet(rows: Sequence[Row], name: str) -> str | None:
    """The registered company heading the page whose name opens with the same word as
    `name`, which has no legal form of its own: the outlet's company."""
    first = key(_first_word(name))
    if LEGAL_FORMS.search(name) or len(first) < 4:
        return None
    for row in rows[:_OUTLET_HEAD]:
        for phrase in row.phrases():
            if key(_first_word(phrase.text)) == first and LEGAL_FORMS.search(phrase.text):
                return clean_name(phrase.text)
    return None


def _self_billed_supplier(rows: Sequence[Row]) -> tuple[str, float] | None:
    """The supplier's name on a self-billed invoice: the name its seller's block (`SUPPLIER`
    beside `BUYER`) holds, not the letterhead, which is the buyer's."""
    if not any(_SELF_BILLED.search(row.text) for row in rows):
        return None
    for block in blocks(rows):
        if block.kind == "seller" and (named := block_name(block, rows)):
            name = clean_name(named[0])
            if may_name(name) or COMPANY_WORDS.search(name):
                return name, min(0.85, 0.5 + 0.5 * named[1].value.confidence)
    return None


def _in_another_script(name: str, rows: Sequence[Row]) -> bool:
    """A name with no Latin letter on a page written in them (`海景海鲜楼` heading a
    Malaysian receipt in English): the shop's sign, over a registered name in Latin
    letters that the OCR may have missed, as the books would carry it."""
    if re.search(r"[A-Za-z]", name):
        return False
    text = " ".join(row.text for row in rows)
    latin = len(re.findall(r"[A-Za-z]", text))
    return latin >= 0.8 * sum(ch.isalpha() for ch in text)


#: A line in words of small letters set off by ornaments (`~ Fresh Flowers for Every
#: Occasion ~`, `* Quality you can trust *`): a slogan under the name. A name framed so
#: (`*** MR TOY ***`) is in capitals.
_SLOGAN = re.compile(r"^\W*[~*•«“\"]\W*(?=.*\b[a-z]{2,}).*[~*•»”\"]\W*$")


#: A logo's initial read with the name it stands for (`B BESTMART`): left out of the name,
#: which is left for review, as where the name begins is not sure.
#: Also run into the name, a capital doubled (`AAnvaya Softlabs LLC`, a logo's tile).
_LOGO_INITIAL = re.compile(
    r"^\W*([^\W\d_])(?:\s+\1[^\W\d_]{3,}|(?-i:(?<=[A-Z])\1[a-z]{3,}))", re.IGNORECASE
)


#: The first words of a line, up to a point or comma: the end of a name cut by the line above.
_LINE_OPENING = re.compile(r"\s*([^\W\d][^\d.,;:!|\u2003]{0,40}?)\s*(?:[.,;!|\u2003]|$)")


#: A Chinese VAT invoice's party blocks: a side label (`销售方`, the seller; `购买方`,
#: the buyer) set down the block's edge, read on a line beside its `名称:` (name) row.
_NAME_ROW = re.compile(r"^\W*名\s*称\s*[:：]?\s*\u2003?\s*(?P<name>[^\u2003]{2,60})")
_SELLER_SIDE = re.compile(r"^\W*(?:[销銷]售方|[销銷]方|[卖賣]方)")


def _side_labelled_seller(rows: Sequence[Row]) -> tuple[str, float] | None:
    """The name on the `名称:` row of the block the seller's side label stands beside."""
    for index, row in enumerate(rows):
        named = _NAME_ROW.match(row.text)
        if named and any(
            _SELLER_SIDE.match(other.text) for other in rows[max(0, index - 1) : index + 2]
        ):
            name = clean_name(named["name"])
            if may_name(name):
                return name, min(0.9, 0.5 + 0.5 * row.confidence)
    return None


def _payee_below(rows: Sequence[Row], index: int, said: re.Match[str]) -> Cell | None:
    """The name under a label that ends its cell (`Please remit to:` over `Maple Ridge
    Industrial Supply Ltd.`), where the words after it on its line are another column's
    (`Invoice | MR-447102`)."""
    row = rows[index]
    label = cell_at(row, said.start())[1]
    if cell_at(row, said.start("name"))[1] is label or index + 1 >= len(rows):
        return None
    below = _cells_near(rows[index + 1], label, below=True)
    return below[0] if below and may_name(below[0].text) else None


def _by_signature(rows: Sequence[Row], index: int) -> bool:
    """Whether row `index` or the one over it names a signature or a company's chop."""
    return any(_SIGNATURE.search(row.text) for row in rows[max(0, index - 1) : index + 1])


_SIGNATURE = re.compile(r"signat(?:ure|ory)|tandatangan|\bchop\b", re.IGNORECASE)


def _owner_under_heading(rows: Sequence[Row], name: str) -> bool:
    """Whether a payee is the person whose name the letterhead prints under the
    business's (`Salish Sea Bookkeeping` / `Ana Ruiz, CPB`, `Make all cheques payable to
    Ana Ruiz`): a sole trader's cheques go to the owner, the invoice is the business's."""
    if COMPANY_WORDS.search(name) or LEGAL_FORMS.search(name) or not 2 <= len(name.split()) <= 3:
        return False
    owner = key(name)
    for index in range(1, min(_LETTERHEAD_ROWS, len(rows))):
        line, above = rows[index].phrases()[0], rows[index - 1].phrases()[0]
        if key(line.text).startswith(owner):
            # Under the business's name, in type no larger: not under a tagline set
            # small over the owner's name (`Freelance Writer` / `Marcus Bell`).
            return not key(above.text).startswith(owner) and line.height <= above.height
    return False


#: The rows at the top of a page a letterhead prints its names on.
_LETTERHEAD_ROWS = 4


def _run_on(rows: Sequence[Row], index: int, said: re.Match[str]) -> str:
    """The name a sentence gives, run on into the next line where the line's end cut it
    (`Cheques payable to Brightline` / `Electrical.`) and the page prints it so whole
    elsewhere: a word of the next line is no part of a name the page never prints."""
    name = said.group("name")
    text = rows[index].text
    if said.end("name") < len(text.rstrip(" .")) or index + 1 >= len(rows):
        return name
    rest = _LINE_OPENING.match(rows[index + 1].text)
    if rest is None:
        return name
    whole = f"{name} {rest.group(1)}"
    printed = key(whole)
    elsewhere = (
        printed in key(cell.text)
        for other, row in enumerate(rows)
        if other not in (index, index + 1)
        for cell in row.phrases()
    )
    return whole if any(elsewhere) else name


def _field_like(name: str) -> bool:
    """A few words naming a field or a part of a screen, or with a rate in them (`Descuento
    Club (10 %)`), and no company form: likely a label taken for the seller."""
    if "%" in name:
        return True
    if LEGAL_FORMS.search(name) or len(name.split()) > 4:
        return False
    return bool(FIELD_WORDS.search(name))


def _merge_misreads(found: dict[str, _Scored]) -> None:
    """One name read twice, once with a letter or two wrong (`Fjällbyte Konsult AB` in
    the header, `Fjatbyte Konsut AB` in the footer): one candidate, the surer reading,
    with the evidence of both, and doubtful: the engine read it two ways."""
    surest_first = sorted(found, key=lambda name: found[name].cell.confidence, reverse=True)
    for position, better in enumerate(surest_first):
        if better not in found or len(better) < MISREAD_LENGTH:
            continue
        for worse in surest_first[position + 1 :]:
            if worse in found and _misread_of(better, worse) and not _words_added(
                found[better].name, found[worse].name
            ):
                found[better].evidence |= found.pop(worse).evidence
                found[better].read_otherwise = True


def _words_added(one: str, other: str) -> bool:
    """One name is the other with whole words added inside it, no misreading: a sender
    line's `Dres. Moll & Sievers PartG`, the letterhead's `Dres. med. Moll & Sievers PartG`."""
    few, many = sorted(([key(w) for w in one.split()], [key(w) for w in other.split()]), key=len)
    words = iter(many)
    return 1 <= len(many) - len(few) <= 2 and all(word in words for word in few)


def _misread_of(one: str, other: str) -> bool:
    """Whether two names differ only by a few letters inside them (`FJALLBYTEKONSULTAB`,
    `FJATBYTEKONSUTAB`), not by a word before or after (`VKVESTJYSK…`, `…APS`)."""
    matcher = SequenceMatcher(None, one, other, autojunk=False)
    changes = [op[1:] for op in matcher.get_opcodes() if op[0] != "equal"]
    inside = all(
        low > 0 and high < len(one) and other_low > 0 and other_high < len(other)
        for low, high, other_low, other_high in changes
    )
    changed = sum(max(high - low, b_high - b_low) for low, high, b_low, b_high in changes)
    return bool(changes) and inside and changed <= len(one) / 4


def _spelled_otherwise(name: str, other: str) -> bool:
    """The same name without its company form spelled another way elsewhere on the page
    (`Lappenrannan Konepaja Oy` in the footer, `LAPPEENRANNAN KONEPAJA` heading it): one
    of the two readings is wrong."""
    one, two = key(_without_form(name)), key(_without_form(other))
    return len(one) >= MISREAD_LENGTH and _misread_of(one, two)


def _clerk(match: re.Match[str]) -> bool:
    """`Vendeur: Camille`, `Verkoper: Pieter`, a cash bill's `Issued by: AMIRUL`: the word
    for seller or issuer that a till receipt or a bill uses for the sales assistant or
    clerk, with a first name alone, not the business."""
    name = match.group("name").strip()
    return (
        _CLERK_LABEL.search(match.group(0)[: match.start("name") - match.start()]) is not None
        # Or hyphenated, or with an initial (`Jean-Pierre`, `MARC-A.`, `LEGRAND S.`).
        and re.fullmatch(r"[^\W\d_][^\W\d_'’-]*(?:-[^\W\d_'’]+)*\.?(?:\s[^\W\d_]\.)?", name)
        is not None
        and not COMPANY_WORDS.search(name)
    )


#: The labels that name the sales assistant on a till receipt as often as the seller.
_CLERK_LABEL = re.compile(
    r"verk[äa]ufer(?:in)?|vendeu(?:r|se)|verkoper|vendedora?|issued\s*by|sold\s*by"
    # Finnish, Swedish, Polish, Czech and Danish: `Myyjä: Mikko`, `Säljare: Anna`.
    r"|myyj[äa]|s[äa]ljare|sprzedawca|prod[áa]vaj[íi]c[íi]|s[æa]lger",
    re.I,
)


def _subtitle(entry: _Scored, heading: _Scored | None) -> bool:
    """A trade named in smaller type right under the page's first line (`SPICE ROUTE`
    over `Family Restaurant`): it says what the business is, not who. A legal form
    still makes it a company's name (a brand over its `… Sdn Bhd`)."""
    return (
        heading is not None
        and heading.row is not None
        and entry.row is not None
        # Under the heading, or under the second line of a logo set over two.
        and heading.row < entry.row <= heading.row + 2
        and entry.cell.height * TALLER <= heading.cell.height
        and not LEGAL_FORMS.search(entry.name)
    )


def _through_platform(rows: Sequence[Row], seller: str) -> bool:
    """A marketplace's invoice: `Sold By : X` and `Ordered Through : Flipkart.com`. The
    seller is who the label says, but a bookkeeper may well file the bill under the
    platform it was bought on; the page names both, so a person chooses."""
    for _, name in _named_after(rows, _PLATFORM):
        words = re.split(r"\.(?:com|co|in|de|fr|es|it|nl)\b|\s+", name.strip(), maxsplit=1)
        platform = key(words[0])
        if len(platform) >= 3 and platform not in key(seller):
            return True
    return False


def _set_operators_apart(found: dict[str, _Scored], rows: Sequence[Row]) -> None:
    """Drop the companies the page says own or run the business (`Owned By :` over
    `X TRADING SDN BHD (123456-A)`), and count the statement as evidence for the
    first name heading the page above it: the shop's own, which the receipt is from,
    whether or not the owner's name was taken for a candidate (`Owned by Golden Crust
    Foods (Pvt) Ltd PV 00284471` on one line). An owner that is the only name found
    stays."""
    # Not a company that heads the page itself (`Kestrel Print Solutions Ltd` over `t/a
    # PrintPoint Reading`): the page is its own.
    heading = [k for k, e in found.items() if "first" in e.evidence]
    operators = [
        op
        for op in _operators(rows)
        if not any(_same_company(k, op[1]) and len(k) >= len(op[1]) for k in heading)
    ]
    if not operators:
        return
    kept = {k: e for k, e in found.items() if not any(_runs(k, e, op) for op in operators)}
    if not kept:
        return
    for name in set(found) - set(kept):
        del found[name]
    last = max(index for index, _ in operators)
    # The shop often bears its owner's first name (`SANYU STATIONERY SHOP`, owned by
    # `SANYU SUPPLY SDN BHD`), under a stray line read above it.
    namesakes = [
        e
        for e in kept.values()
        if e.row is not None and e.row < last and any(_namesake(e.name, op) for _, op in operators)
    ]
    above = [e for e in kept.values() if "first" in e.evidence and e.row is not None]
    # The business a sentence says is run so (`ClearSight Chelmsford is independently
    # owned and operated by …`).
    subjects = {
        key(clean_name(phrase.text[: said.start()]))
        for row in rows
        for phrase in row.phrases()
        if (said := _OPERATOR.search(phrase.text)) and said.start() > 0
    }
    if said_of := [e for k, e in kept.items() if k in subjects]:
        # Which of the two the books carry, the outlet or the company running it, the
        # page does not settle: a person checks.
        said_of[0].evidence |= {"owned", "run_by"}
    elif namesakes:
        min(namesakes, key=lambda e: e.row or 0).evidence.add("owned")
    elif above and above[0].row < last:
        above[0].evidence.add("owned")


def _drop_former_names(found: dict[str, _Scored], rows: Sequence[Row]) -> None:
    """Drop a name the page gives as the company's former one (`formerly known as`): it
    is the same company, not a rival to the name it now trades under."""
    for _, former in _named_after(rows, _FORMERLY):
        if len(found) > 1:
            found.pop(key(clean_name(former)), None)


#: Letters with a caron, which only Czech, Slovak, Slovene, Croatian, Baltic and a few
#: other languages write, and write often.
_CARON = re.compile(r"[ŠšŽžČčŘřĚěŇňĎďŤťǍǎ]")
#: Words of a page with no marked letter that show its language writes none.
UNMARKED_WORDS = 30
_ACCENTED_CAPITAL = re.compile(r"(?<=[A-Z])[ÁÉÍÓÚÀÈÌÒÙ]|[ÁÉÍÓÚÀÈÌÒÙ](?=[A-Z])")
_STRAY_MARK = re.compile(f"{_CARON.pattern}|{_ACCENTED_CAPITAL.pattern}")


def _stray_marks(name: str, rows: Sequence[Row]) -> str:
    """`LIAN ŠENG TRADING CO.`, `TECK SOÓN FURNITURE` on a page with no other letter
    so marked: a speck over a letter the OCR read as a caron, or as an accent on a capital
    inside a word of capitals, in a language that writes none."""
    if not _STRAY_MARK.search(name):
        return name
    rest = "".join(row.text.replace(name, "") for row in rows)
    if _CARON.search(name) and _CARON.search(rest):
        return name
    # Enough words to tell the page's language writes no accents (a French till slip
    # may print none but its name's).
    if _ACCENTED_CAPITAL.search(name) and (
        len(re.findall(r"[^\W\d_]{2,}", rest)) < UNMARKED_WORDS
        or any(_marked(ch) for ch in rest if ch.isalpha())
    ):
        return name
    return _STRAY_MARK.sub(lambda mark: unicodedata.normalize("NFD", mark.group())[0], name)


def _marked(letter: str) -> bool:
    return unicodedata.normalize("NFD", letter) != letter


def _drop_translations(found: dict[str, _Scored]) -> None:
    """A shop's name in Chinese characters over or under the same in Latin letters
    (`華樂飲食店` / `WAH LOK EATING HOUSE`): the Latin one is the name a bookkeeper enters,
    and takes the other's place on the page."""
    for name, entry in list(found.items()):
        # A logo's initials may come with it (`GH 源发铝业玻璃有限公司`).
        latin = len(re.findall(r"[A-Za-z]", entry.name))
        if entry.row is None or latin > 3 or not HAN.search(entry.name):
            continue
        beside = next(
            (
                other
                for other in found.values()
                if other.row is not None
                and 0 < abs(other.row - entry.row) <= 2
                and in_latin_letters(other.name)
                and not HAN.search(other.name)
            ),
            None,
        )
        if beside is not None:
            beside.evidence |= entry.evidence
            del found[name]


def _drop_assignees(found: dict[str, _Scored], rows: Sequence[Row]) -> None:
    """Drop the factor the invoice's debt was assigned to (`This account has been assigned
    to X`, `abgetreten an X`): it is paid in the seller's place, and names itself as the
    payee, but did not issue the invoice. So too the partner liable for a limited
    partnership, whom its footer names by law."""
    for label in (_ASSIGNED, _GENERAL_PARTNER):
        for index, assignee in _named_after(rows, label):
            named = key(clean_name(_wrapped_on(rows, index, assignee)))
            for name in [name for name in found if named and _part_of_company(name, named)]:
                if len(found) > 1:
                    del found[name]


def _wrapped_on(rows: Sequence[Row], index: int, name: str) -> str:
    """A company's name after its label, gone on to the next line up to its form
    (`Pers. haft. Ges.: Brandauer` / `Verwaltungs GmbH, GF: Martin Brandauer`). A
    person's first name and surname are whole (`Komplementär: Ralf Feldmann` over the
    firm's own `Feldmann Büroeinrichtung KG`)."""
    if LEGAL_FORMS.search(name) or len(name.split()) > 1 or index + 1 >= len(rows):
        return name
    rest = rows[index + 1].phrases()[0].text
    form = LEGAL_FORMS.search(rest)
    return f"{name} {rest[: form.end()]}" if form else name


def _part_of_company(name: str, company: str) -> bool:
    """Keys of one company, or of its name's start or end as a line held it."""
    return _same_company(name, company) or (len(name) >= 8 and company.endswith(name))


#: Where a statement goes on past the company it names: a comma, a bracket, `under`.
_STATEMENT_GOES_ON = re.compile(r"\s*(?:[,;(]|\bunder\b|\bsous\b|[–—]\s)", re.IGNORECASE)


def _operators(rows: Sequence[Row]) -> Iterator[tuple[int, str]]:
    """The row of each `Owned by` statement and the key of the company it names."""
    for index, name in _named_after(rows, _OPERATOR):
        # Not what the sentence says on (`X Ltd, a joint venture partner of …`, `X Ltd
        # under licence from …`).
        name = _STATEMENT_GOES_ON.split(re.sub(r"^\W*by\s+", "", name), maxsplit=1)[0]
        if named := key(clean_name(name)):
            yield index, named


def _named_after(rows: Sequence[Row], label: re.Pattern[str]) -> Iterator[tuple[int, str]]:
    """Each row where a phrase holds `label`, with what it names: the rest of the
    phrase, or, under a label standing alone, the phrase in its column on the next line
    (a footer's columns: `Persönlich haftende Gesellschafterin:` over the partner)."""
    for index, row in enumerate(rows):
        for phrase in row.phrases():
            match = label.search(phrase.text)
            if not match:
                continue
            name = match.group("name")
            if sum(ch.isalpha() for ch in name) < 3 and index + 1 < len(rows):
                anchor = next((c for c in row.cells if label.search(c.text)), phrase)
                under = [c.text for c in rows[index + 1].cells if overlaps(c, anchor)]
                name = " ".join(under) or rows[index + 1].phrases()[0].text
            yield index, name


def _runs(name: str, entry: _Scored, operator: tuple[int, str]) -> bool:
    """The candidate is the company named as running the shop: read from the statement
    or under it, not a heading above it that shares the start of its name (`GOLDEN
    CRUST` over `Owned by Golden Crust Foods (Pvt) Ltd`)."""
    index, named = operator
    return _same_company(name, named) and (entry.row is None or entry.row >= index)


def _namesake(name: str, operator: str) -> bool:
    """The name begins with the owner's first word (three letters or more)."""
    words = clean_name(name).split()
    first = key(words[0]) if words else ""
    return len(first) >= 3 and operator.startswith(first) and operator != key(name)


def _same_company(name: str, operator: str) -> bool:
    """Keys of one company, one perhaps with more of its name read than the other."""
    shorter, longer = sorted((name, operator), key=len)
    return shorter == longer or (len(shorter) >= 6 and longer.startswith(shorter))


def _without_mark(row: Row) -> Row:
    """The row without a logo's mark read as a character before the name, in a box of
    its own (`O | Nonna Lúcia`, `V | AIR VALMONT`, `8 | learnloop`), its letters as the
    name's initials (`GG | Gulf Gateway Visa Services`, or in the name's box: `P&D PEETERS
    & DUMONT`), or as the name's initial in its box (`B BESTMART`)."""
    first, *rest = row.cells
    if rest and len(first.text.strip()) == 1 and rest[0].text[:1].isalpha():
        return Row(tuple(rest))
    if rest and (_monogram(first.text, rest[0].text) or _large_monogram(first, rest[0])):
        return Row(tuple(rest))
    initial = _LOGO_INITIAL.match(first.text)
    letters = _MONOGRAM_BEFORE.match(first.text)
    if letters and _monogram(letters.group(1), first.text[letters.end(1) :]):
        initial = letters
    if initial:
        text = first.text[initial.end(1) :].lstrip()
        shift = first.width * (len(first.text) - len(text)) / len(first.text)
        name = replace(first, text=text, x=first.x + shift, width=first.width - shift)
        return Row((name, *rest))
    return row


def _without_monogram(name: str, index: int) -> str:
    """The name on the page's first line without a logo's letters read into its box
    before it (`MP MEGA PRINT & COPY CENTRE SDN BHD`), as `_without_mark` takes them off
    a heading's line. Lower down, a company's letters before its name are the name's
    (`KWT Kaiserswerther Gebäudeservice GmbH`, as its footer prints it)."""
    letters = _MONOGRAM_BEFORE.match(name) if index == 0 else None
    if letters and _monogram(letters.group(1), name[letters.end(1) :]):
        return name[letters.end() :]
    return name


#: A logo's letters before the name in its own box (`P&D PEETERS & DUMONT`).
_MONOGRAM_BEFORE = re.compile(r"^\W*([A-Z](?:[&.+]?[A-Z]){1,3}\.?)\s+(?=[^\W\d_]{2})")


def _large_monogram(mark: Cell, name: Cell) -> bool:
    """A logo's two or three capitals in a box of their own, as large as the name beside
    it: set larger, initials of some of its words in order (`CP` by `SYARIKAT CETAK
    DIGITAL PRIMA`), or letters of its first word (`PX` by `Pixelhaus Digital Studio`)."""
    letters = mark.text.strip()
    if not (re.fullmatch(r"[A-Z]{2,3}", letters) and mark.height >= 0.9 * name.height):
        return False
    words = re.findall(r"[^\W\d_]+", name.text)
    initials = iter(word[0].upper() for word in words)
    # Or beside a name whole with its legal form (`SC | Cempaka Hospitality Sdn Bhd` under
    # the hotel's `SERI CEMPAKA`).
    if mark.height >= 1.4 * name.height and (
        all(letter in initials for letter in letters) or LEGAL_FORMS.search(name.text)
    ):
        return True
    # Or the letters of the first word, in order from its first (`PX` by `Pixelhaus
    # Digital Studio`).
    first = iter(words[0].upper()[1:]) if words else iter(())
    return bool(words) and words[0][0].upper() == letters[0] and all(
        letter in first for letter in letters[1:]
    )


def _monogram(mark: str, name: str) -> bool:
    """A logo's letters in a box of their own, the initials of the name beside it (`GG` by
    `Gulf Gateway Visa Services`, `(DN)` by `Dapur Nyonya`), its number said whole (`E69`
    by `ÉLEC'SERVICES 69 SARL`)."""
    letters = re.sub(r"[&.+]", "", mark.strip().removeprefix("(").removesuffix(")"))
    if not (2 <= len(letters) <= 4 and letters[0].isalpha() and letters.isalnum()):
        return False
    plain = "".join(
        char for char in unicodedata.normalize("NFKD", name) if not unicodedata.combining(char)
    )
    # The words that carry meaning (`SA` by `Les Saveurs d'Adèle`, `MF` by `Ing. Marco Ferri`).
    meaningful = [
        word for word in re.findall(r"\d+|[^\W\d_]+", plain) if word.lower() not in _ARTICLES
    ]
    words = [
        re.findall(r"\d+|[^\W\d_][\w'’-]*", plain),
        # Or of a hyphenated name's parts (`LP` by `Librairie-Papeterie Vasseur SARL`).
        re.findall(r"\d+|[^\W\d_][\w'’]*", plain),
        meaningful,
    ]
    made = [_initials(each, numbered) for each in words for numbered in (True, False)]
    if not letters.isupper():
        return False
    return any(initials.upper().startswith(letters) for initials in made) or _compounded(
        letters, meaningful[0] if meaningful else ""
    )


def _compounded(letters: str, word: str) -> bool:
    """A compound name's parts' initials (`EV` by `Edilverde`, `FC` by `Farmacentro`): the
    word opens with the first letter and holds the others in order, past its first
    syllable."""
    if not letters.isalpha() or len(word) < 2 * len(letters) + 2:
        return False
    if word[0].upper() != letters[0]:
        return False
    position = 3
    for letter in letters[1:]:
        position = word.upper().find(letter, position)
        if position < 0:
            return False
        position += 1
    return True


#: Articles, particles and joining words a name's monogram leaves out.
_ARTICLES = frozenset(
    {"le", "la", "les", "l", "de", "du", "des", "d", "et", "the", "of", "and"}
    | {"die", "der", "das", "von", "van", "den", "het"}
    # Titles before a professional's name (`Ing.`, `Avv.`, `Dott.`, `Dr.`, `Arch.`).
    | {"ing", "avv", "dott", "dr", "arch", "geom", "prof", "rag", "mr", "mrs", "ms"}
)


def _initials(words: list[str], numbered: bool) -> str:
    """The first letter of each word, and each number whole or left out."""
    return "".join(
        word if word.isdigit() else word[0] for word in words if numbered or not word.isdigit()
    )


#: A label's colon ending its phrase (`Sold by:`), or opening its value's (`: X Ltd`).
#: A seller's label in a cell of its own without a colon (`Issued by | X`, `Sold by`,
#: `Vendu par`).
_BY_LABEL = re.compile(
    rf"^\W*(?:{SOLD_BY_WORDS}|(?:issued|provided)\s*by|(?:rechnung\w*\s*)?(?:{ON_BEHALF_OF}))\W*$",
    re.IGNORECASE,
)
#: A label's end: its colon, or the whole of a `_BY_LABEL`.
_LABEL_END = re.compile(rf"[:：]\s*$|{_BY_LABEL.pattern}", re.IGNORECASE)
_VALUE_START = re.compile(r"\s*[:：]")
#: The seller's field label alone, its value in the next cell.
#: A label of the seller's a summary table sets before its name without a colon (a mail
#: notification's `Rechnungssteller | Gartenbau Reinholz GmbH`); not a till's salesperson
#: (`Verkäufer`, `Vendeur`), nor a medical bill's practitioner (`Leistungserbringer`).
_SELLER_WORD = re.compile(
    r"\b(?:merchant|marchand|h[äa]ndler|seller|vendor|supplier|rechnungssteller|lieferant"
    r"|fournisseur|leverancier)\b",
    re.I,
)
_SELLER_ALONE = re.compile(rf"^\W*{_SELLER_WORD.pattern}\s*$", re.IGNORECASE)


def _labelled_phrases(rows: Sequence[Row], index: int) -> Iterator[tuple[str, float]]:
    """Each phrase of row `index` with its OCR confidence, a label alone (`Sold by:`)
    joined to the phrase after it unless that is a label too (`Dodavatel: | Variabilní
    symbol:`, the supplier's name on the line below); a `_BY_LABEL` then to what its
    column holds on the next line (a marketplace's `Sold by` over the shop's name,
    another column's `Order #…` beside it): the value of a label is what follows it in
    its own column, never the other party printed beside it (`Sold By: X Ltd` …
    `Billing Address: Y`)."""
    phrases = _without_mark(rows[index]).phrases()
    below = rows[index + 1].phrases() if index + 1 < len(rows) else []
    for place, phrase in enumerate(phrases):
        following = phrases[place + 1] if place + 1 < len(phrases) else None
        if _SELLER_ALONE.match(phrase.text):
            # An app's field without a colon (`Marchand | Atelier Fauve`), or a heading
            # over its value beside another's (`Merchant | Instructions to merchant`).
            under = [c for c in below if overlaps(c, phrase)]
            if any(CUSTOMER_LABELS.search(other.text) for other in phrases):
                continue  # A row of headings: `Seller | Buyer`, `Empfänger | Steller | Details`.
            # A name may hold the word (`Transports Marchand SAS`).
            if following is not None and (
                not _SELLER_WORD.search(following.text) or LEGAL_FORMS.search(following.text)
            ):
                value = following
            elif len(under) == 1:
                value = under[0]
            else:
                continue
            yield f"{phrase.text.strip()}: {value.text}", min(phrase.confidence, value.confidence)
        elif (
            following is not None
            and (_LABEL_END.search(phrase.text) or _VALUE_START.match(following.text))
            and not _LABEL_END.search(following.text)
        ):
            text = f"{phrase.text} {following.text}"
            yield text, min(phrase.confidence, following.confidence)
        else:
            yield phrase.text, phrase.confidence
        if _BY_LABEL.match(phrase.text):
            under = [c for c in below if overlaps(c, phrase)]
            if len(under) == 1:
                said = f"{phrase.text.rstrip(' :：')}: {under[0].text}"
                yield said, min(phrase.confidence, under[0].confidence)


def _thanked_brand(best: _Scored, other: _Scored) -> bool:
    """`Thank you for shopping at Al Reef` under `NAKHEEL AL REEF MARKETS CO.`: the
    sign-off names the shop by its brand, which the registered company's name holds."""
    return (
        best.evidence == {"thanks"}
        and LEGAL_FORMS.search(other.name) is not None
        and other.row is not None
        and len(key(best.name)) >= 4
        and key(best.name) in key(other.name)
    )


def _spelled_out(best: _Scored, others: Sequence[_Scored]) -> _Scored:
    """The fuller name where the best is its first word alone, as a logo prints it
    (`cronus` over the sender block's `CRONUS DE`, `amazon` over `Amazon Web
    Services`, a sign-off's `PASARAYA` over the heading `PASARAYA BORONG PINTAR SDN
    BHD`), and the fuller one is backed as issuer too or heads the page; or where the best
    is the end of a name a footer's dash cut in two (`Tecnofrio – Manutenção Industrial,
    Lda.`), printed whole elsewhere on the page; or where the best is the owner's name
    with the first name cut to its initial (a sole trader's sender line `J. Wiegand`), and
    a backed name spells it out (`Malerbetrieb Jonas Wiegand`); or where another line of
    the head adds the legal form to it (`AFIAT PHARMACY` over `AFIAT PHARMACY SDN BHD`):
    the registered company the brand line stands for, as where the heading adds it to the
    footer's name (`X EURL` over `X – EURL au capital de …`); or where the best is the brand a
    sign-off thanks the customer in, held in the registered name; or where the best is
    a logo's first line, and it and the line under it spell the name printed elsewhere
    (`KAROO` / `BUILDING SUPPLIES` by the address block's `Karoo Building Supplies`)."""
    for other in others:
        if _initialled(best.name, other.name) and other.evidence & STRONG:
            return other
        if _sole_traders_heading(best, other, others):
            return other
        if "first" in other.evidence and _trade_after(best.name, other.name):
            # The heading adds the trade to the name a payment's account holder gives
            # (`J & E PRITCHARD AGRICULTURAL CONTRACTORS`, paid to `J & E Pritchard`).
            other.evidence |= best.evidence
            return other
        if _in_full(best.name, other.name) and "first" in other.evidence:
            # The letterhead spells out the name a payment slip shortens (`Praxis für
            # Psychotherapie Dr. phil. Anna Keller`, the QR bill's `Praxis Dr. phil. …`).
            other.evidence |= best.evidence
            return other
        if _split_logo(best, other, others):
            # Set as the logo and printed again: what backs the logo backs the name.
            other.evidence |= best.evidence | {"repeated"}
            return other
        if _thanked_brand(best, other):
            return other
        if _contracted(best.name, other.name) and other.evidence & (STRONG | {"first"}):
            return other
        if _acronym_of(best.name, other.name) and other.evidence & (
            STRONG | {"first", "repeated"}
        ):
            return other
        if _with_form(best.name, other.name) and (
            (other.row is not None and best.row is not None)
            # The heading prints the form a footer's statement sets after a dash.
            or "first" in other.evidence
        ):
            return other
        if _held_in_company(best, other) or _registered_under(best, other):
            return other
        if _short_form(best.name, other.name) and (
            (other.evidence & (STRONG | {"first"}) and other.score >= best.score - 2)
            # The heading spells out the owner's name a sender line and the footer print
            # (`Jana Wiesner Fotografie` over `Jana Wiesner · Karl-Heine-Straße 54`).
            or ("first" in other.evidence and other.evidence & STRONG)
        ):
            return other
        if (
            _short_form(best.name, other.name)
            and "first" in best.evidence
            and _spelled_in_head(best, other)
        ):
            # The letterhead spells the logo out on a line of its own (`Sparkle & Shine`
            # beside `Sparkle & Shine Home Cleaning` over its street): what backs the
            # logo backs the name.
            other.evidence |= best.evidence
            return other
        if _cut_off(best.name, other.name) and other.evidence & (
            STRONG | {"first", "repeated", "company"}
        ):
            return other
        if other.evidence & {"first", "repeated"} and _trade_before(best.name, other.name):
            # The letterhead prints in full the firm a sender line shortens (`Sanitär- und
            # Heizungsbau Wolf GmbH & Co. KG` over `Wolf GmbH & Co. KG · Am Gewerbepark 11`),
            # heading the page or printed again in the footer beside a logo's word.
            other.evidence |= best.evidence
            return other
    return best


def _trade_before(short: str, name: str) -> bool:
    """`Wolf GmbH & Co. KG` of `Sanitär- und Heizungsbau Wolf GmbH & Co. KG`: a registered
    name, its legal form included, that a longer one ends with, a few words of a trade
    before it (not a sentence's: `The balance was charged … Harborview Hotel LLC`)."""
    short, name = clean_name(short), clean_name(name)
    if not LEGAL_FORMS.search(short) or not key(name).endswith(key(short)):
        return False
    before = name[: max(0, len(name) - len(short))]
    return (
        len(key(short)) >= 6
        and len(before.split()) <= 4
        and re.fullmatch(r"[^\W\d_][^\d.,;:!?]*\s", before) is not None
    )


def _stacked_logo(rows: Sequence[Row], best: _Scored, others: Sequence[_Scored]) -> _Scored | None:
    """`Coastline` set large over `Office Technologies Inc.`, a logo's two lines with
    another column's line between them, the whole name printed once more as a phrase of
    its own (a footer's `Coastline Office Technologies Inc. | Vancouver | Victoria`): the
    name is the two lines' together, backed by what backs either."""
    if best.row is None:
        return None
    for other in others:
        if other.row is None or other is best or not overlaps(other.cell, best.cell):
            continue
        top, bottom = sorted((other.row, best.row))
        upper, lower = (other, best) if other.row == top else (best, other)
        between = (cell for index in range(top + 1, bottom) for cell in rows[index].cells)
        if not 0 < bottom - top <= 3 or any(overlaps(cell, lower.cell) for cell in between):
            continue
        whole = key(f"{upper.name} {lower.name}")
        for index, row in enumerate(rows):
            if index in (top, bottom):
                continue
            for phrase in row.phrases():
                for part in re.split(r"\s*[|·•]\s*", phrase.text):
                    if key(clean_name(part)) == whole:
                        evidence = upper.evidence | lower.evidence | {"repeated"}
                        return _Scored(clean_name(part), upper.cell, evidence, row=top)
    return None


def _registered_form(name: str, rows: Sequence[Row], customers: set[Spot]) -> str | None:
    """The registered company a brand with no form of its own opens (or closes) the name
    of, printed elsewhere on the page in a phrase of its own, outside the customer's block
    (`Coastline Plumbing` and the address column's `Coastline Plumbing & Gas Pty Ltd`,
    `HARVEST TABLE` and `PAY TO` / `Harvest Table Catering Pty Ltd`, a footer's
    `Lakeshore Plumbing & Drain Inc.`): the name with a few words of letters more and its
    legal form. Which of the two the books carry the page does not settle (an e-invoice's
    seller may be named as its brand is), so the brand is kept, for a person to check."""
    words = clean_name(name).split()
    if not 1 <= len(words) <= 3 or LEGAL_FORMS.search(name) or not _distinctive(name):
        return None
    # Or ends it after a few words of its trade (`NORTEMAR` of `Distribuciones
    # Alimentarias Nortemar, S.L.`).
    opening = re.compile(
        r"\W*(?:[^\W\d_]+\s+){0,3}" + r"\s+".join(map(re.escape, words)) + r"(?![^\W_])",
        re.IGNORECASE,
    )
    for index, row in enumerate(rows):
        for phrase in row.phrases():
            found = opening.match(phrase.text)
            if found is None or (index, phrase.x) in customers:
                continue
            text = phrase.text
            form = LEGAL_FORMS.search(text, found.end())
            if form is None:
                continue
            between = text[found.end() : form.start()]
            extra = between.replace(",", " ").split()
            if (
                COLUMN_SPACE in between
                or len(extra) > 3
                or not all(re.fullmatch(r"[^\W\d_]+|&", word) for word in extra)
            ):
                continue
            end = form.end()
            while (
                (gap := _FORM_GAP.match(text, end))
                and (more := LEGAL_FORMS.match(text, gap.end()))
                # Not a register's label (`Ltd Company Registration No.`).
                and not _REGISTER_LABEL.match(text, more.end())
            ):
                end = more.end()
            return clean_name(text[: end + text.startswith(".", end)].lstrip(" \t*•·-|"))
    return None


#: A register's label after a form word (`Ltd Company Registration No.`).
_REGISTER_LABEL = re.compile(r"\s*(?:reg(?:istration|istered|\.)?|no\b|number|nr\b)", re.I)
#: Between the words of a legal form (`Pty Ltd`, `Sdn. Bhd.`, `Pte. Ltd.`).
_FORM_GAP = re.compile(r"\.?,?\s+|\.")


def _spelled_in_head(logo: _Scored, other: _Scored) -> bool:
    """A line of the letterhead that is the logo's name with a few words of letters more,
    one of which says what the business is: its name written out (not its outlet's,
    `Banksia Marrickville Metro`)."""
    extra = clean_name(other.name).split()[len(clean_name(logo.name).split()) :]
    return (
        other.row is not None
        and 1 <= len(extra) <= 3
        and all(re.fullmatch(r"[^\W\d_]+[.]?", word) for word in extra)
        and any(_says_what(word) or COMPANY_WORDS.search(word) for word in extra)
        and not _address(other.name)
    )


def _split_logo(best: _Scored, whole: _Scored, others: Sequence[_Scored]) -> bool:
    """`Lion City` over `Print Studio`, as a logo sets a name over two lines, with the
    whole name printed on a line of its own elsewhere; the best either line (`SALT &
    ANCHOR` over `BREWING CO.`), the whole perhaps with its legal form added (`Salt &
    Anchor Brewing Co. Ltd.`)."""
    if best.row is None:
        return False
    joined = {
        key(f"{best.name} {other.name}")
        if other.row == best.row + 1
        else key(f"{other.name} {best.name}")
        for other in others
        if other.row is not None and abs(other.row - best.row) == 1 and other is not whole
    }
    named = key(whole.name)
    return named in joined or (
        LEGAL_FORMS.search(whole.name) is not None
        and any(named.startswith(part) and len(part) > len(key(best.name)) for part in joined)
    )


def _cut_off(tail: str, name: str) -> bool:
    """`Manutenção Industrial, Lda.` of `Tecnofrio – Manutenção Industrial, Lda.`: the
    last words of a longer name, after a dash."""
    parts = re.split(r"\s[–-]\s", clean_name(name))
    return len(parts) > 1 and bool(parts[0].strip()) and key(parts[-1]) == key(tail)


def _with_form(short: str, name: str) -> bool:
    """`AFIAT PHARMACY SDN BHD` of `AFIAT PHARMACY`: the same name with its legal form, the
    registered company the brand line over it stands for; `&` and `and` alike (`Wok &
    Barrel` over `WOK AND BARREL PTE. LTD.`), or with the form before it, as French firms
    print theirs (`EURL GIRARD PLÂTRERIE ISOLATION`)."""
    short, name = _and(clean_name(short)), _and(clean_name(name))
    rest = name[len(short) :]
    leading = LEGAL_FORMS.match(name)
    return (
        key(name).startswith(key(short))
        and bool(LEGAL_FORMS.search(rest))
        and not re.search(r"[^\W\d_]", LEGAL_FORMS.sub(" ", rest))
    ) or (leading is not None and key(name[leading.end() :]) == key(short) != "")


def _registered_under(brand: _Scored, business: _Scored) -> bool:
    """`KEDAI BESI SOON HUAT` over `SOON HUAT HARDWARE TRADING (JM0123456-K)`: a shop's
    sign heading the receipt, with no form or number of its own, over the name the
    business is registered under, printed with its registration number on the next
    lines. The receipt is the registered business's, as a brand's is its company's; not
    a company named as the shop's owner (`DIMILIKI OLEH …`), whose shop keeps its name."""
    return (
        "first" in brand.evidence
        and not _OPERATOR.match(business.name)
        and "registration" in business.evidence
        and "registration" not in brand.evidence
        and not LEGAL_FORMS.search(brand.name)
        and brand.row is not None
        and business.row is not None
        and 0 < business.row - brand.row <= 2
    )


def _held_in_company(brand: _Scored, company: _Scored) -> bool:
    """`HOME & HAUS` over `HOMEHAUS LIVING PTE. LTD.`: a brand heading the page that the
    registered company in the first rows, up to two lines under it (`GENKI DON` /
    `(1134098-X)` / `Genki Donburi Malaysia Sdn Bhd`) or in a footer with its ids, holds
    in its own name (`nordlicht` of `Softwarehaus Nordlicht UG (haftungsbeschränkt)`),
    more words than the form beside it. The document is the company's, as `AFIAT
    PHARMACY` over `AFIAT PHARMACY SDN BHD`."""
    trade = " ".join(w for w in brand.name.split() if not _TRADES.fullmatch(key(w)))
    brands = {key(brand.name), key(_and(brand.name))}
    under = brand.row is not None and company.row is not None and 0 < company.row - brand.row <= 2
    if len(trade.split()) >= 2 or (under and len(key(trade)) >= 5):
        # `FARMASI SIHAT SENTIASA` over `SIHAT SENTIASA PHARMACY SDN BHD`: the trade said
        # in another language; or in another place, the company's line right under the
        # sign (`CAFÉ HÜBNER` over `Café Konditorei Hübner KG`).
        brands.add(key(trade))
    own = _unbracketed(company.name)
    companies = {key(own), key(_and(own))}
    # `Bookmark Haven` over `B00KMARK HAVEN SDN BHD`: letters read as digits in either.
    brands = {name.translate(_AS_LETTERS) for name in brands}
    companies = {name.translate(_AS_LETTERS) for name in companies}
    # A wordmark with a partnership's `& co.` (`glow&co.`) that the company's name spells
    # out from its start (`GLOWCO RETAIL (MALAYSIA) SDN BHD`) is the brand all the same.
    spelled = any(whole.startswith(key(brand.name)) for whole in companies)
    return (
        "first" in brand.evidence
        and (
            "footer" in company.evidence
            or under
            or (company.row is not None and company.row <= HEAD_ROWS)
        )
        and (not LEGAL_FORMS.search(brand.name) or spelled)
        and bool(LEGAL_FORMS.search(company.name))
        and key(brand.name) != key(own)
        and any(len(part) >= 4 and part in whole for part in brands for whole in companies)
    )


def _words_of(part: str, name: str) -> bool:
    """`VAN DAM` of `Koffiebranderij Van Dam B.V.`: a logo's words, running on in the whole
    name (two at least: one word inside a name may be anyone's); or all its words but
    the legal form, in another order (a sender line's `Hotel Stadtgraben` of `Stadtgraben
    Hotel GmbH`)."""
    # A branch's town in brackets is no word of the name (`KENANGA STATIONERY (KLANG)`).
    words = [key(word) for word in _and(clean_name(_unbracketed(part))).split() if key(word)]
    longer = [key(word) for word in _and(clean_name(name)).split() if key(word)]
    bare = {key(word) for word in _and(LEGAL_FORMS.sub(" ", clean_name(name))).split()}
    if len(words) >= 2 and not LEGAL_FORMS.search(part) and set(words) == bare - {""}:
        return True
    return len(words) >= 2 and any(
        longer[start : start + len(words)] == words for start in range(len(longer) - len(words) + 1)
    )


def _and(name: str) -> str:
    return re.sub(r"\s*&\s*", " and ", name)


def _trade_after(short: str, name: str) -> bool:
    """`J & E Pritchard` of `J & E PRITCHARD AGRICULTURAL CONTRACTORS`: the same words,
    then only what the business does."""
    words = [key(word) for word in _and(clean_name(short)).split() if key(word)]
    longer = _and(clean_name(name)).split()
    keyed = [key(word) for word in longer if key(word)]
    rest = " ".join(longer[len(longer) - (len(keyed) - len(words)) :])
    return (
        len(words) >= 2
        and len(keyed) > len(words)
        and keyed[: len(words)] == words
        and not LEGAL_FORMS.search(short)
        and _trade_only(rest, _LINE_OF_BUSINESS)
    )


#: Initials and a surname (`J. Wiegand`, `S. Fitzgerald`).
_INITIALLED = re.compile(r"((?:[^\W\d_]\.\s*)+)([^\W\d_][\w'’-]+)")


def _sole_traders_heading(best: _Scored, other: _Scored, others: Sequence[_Scored]) -> bool:
    """A sole trader paid in their own name (`Bank transfer to: S. Fitzgerald`) under the
    business name heading the page that carries their surname (`Fitzgerald Groundworks`
    over `Prop. Seán Fitzgerald`): the business the invoice is from."""
    found = _INITIALLED.fullmatch(clean_name(best.name).strip())
    return (
        found is not None
        and "first" in other.evidence
        and key(found.group(2)) in {key(word) for word in clean_name(other.name).split()}
        and not _initialled(best.name, other.name)
        and any(_initialled(best.name, named.name) for named in others if named is not other)
    )


def _initialled(short: str, name: str) -> bool:
    """`J. Wiegand` of `Malerbetrieb Jonas Wiegand`: initials and a surname, the first
    names they stand for and the surname in the longer name."""
    found = _INITIALLED.fullmatch(clean_name(short).strip())
    if not found:
        return False
    initials = re.findall(r"[^\W\d_]", found.group(1))
    words = clean_name(name).split()
    wanted = len(initials) + 1
    return any(
        key(words[start + len(initials)]) == key(found.group(2))
        and all(
            len(word) > 2 and word[0].upper() == initial.upper()
            for word, initial in zip(words[start:], initials, strict=False)
        )
        for start in range(len(words) - wanted + 1)
    )


def _contracted(short: str, name: str) -> bool:
    """`Hanse Feinkost GmbH & Co. KG` of `Hanse Feinkost Großhandel GmbH & Co. KG`, `Dr.
    med. S. Albrecht` of `Dr. med. Sabine Albrecht`, `Hoffmann & Weidner StBG mbH` of
    `Hoffmann & Weidner Steuerberatungsgesellschaft mbH`: the same name, ending the same
    way, with words left out, abbreviated, or first names cut to initials, as a sender
    line shortens it."""
    words, longer = clean_name(short).split(), clean_name(name).split()
    if len(words) < 2 or key(words[-1]) != key(longer[-1]) or key(short) == key(name):
        return False
    found = iter(longer)
    left_out: list[str] = []
    for word in words:
        for other in found:
            if (
                key(word) == key(other)
                or (re.fullmatch(r"[^\W\d_]\.", word) and len(other) > 2 and other[0] == word[0])
                or _abbreviates(word, other)
            ):
                break
            left_out.append(other)
        else:
            return False
    # The words the short form leaves out are a name's (`Großhandel`), not a label's
    # (`Zahlbar an`).
    return all(word[0].isupper() or word == "&" for word in left_out)


def _acronym_of(short: str, name: str) -> bool:
    """`IHK Oberes Neckarland` of `Industrie- und Handelskammer Oberes Neckarland`, `BKK
    Hohenfels` of `Betriebskrankenkasse Hohenfels`: the capitals opening the short name
    shorten the words opening the longer one, and the rest of both is the same."""
    words, longer = clean_name(short).split(), clean_name(name).split()
    if len(words) < 2 or not re.fullmatch(r"[A-ZÄÖÜ]{2,5}", words[0]):
        return False
    rest = [key(word) for word in words[1:]]
    spelled = longer[: len(longer) - len(rest)]
    if not spelled or [key(word) for word in longer[len(spelled) :]] != rest:
        return False
    letters = key("".join(word for word in spelled if not _JOINING.fullmatch(word))).lower()
    acronym = words[0].lower()
    remaining = iter(letters[1:])
    return (
        letters[:1] == acronym[0]
        and len(letters) >= 3 * len(acronym)
        and all(letter in remaining for letter in acronym[1:])
    )


#: The words joining a name's parts, which its acronym leaves out.
_JOINING = re.compile(r"und|and|&|et|de|der|des|für|fur|of|du|la", re.IGNORECASE)


def _abbreviates(short: str, word: str) -> bool:
    """`StBG` of `Steuerberatungsgesellschaft`, `Ges.` of `Gesellschaft`: its first letter,
    the rest of its letters in order, and much shorter."""
    cut = short.endswith(".")
    short, word = key(short).lower(), key(word).lower()
    # Or a compound cut at its point (`Baustoff-Handelsges.` of `Baustoff-Handelsgesellschaft`).
    if cut and len(short) >= 3 and len(word) > len(short) + 2 and word.startswith(short):
        return True
    if len(short) < 3 or len(word) < 2 * len(short) or short[0] != word[0]:
        return False
    rest = iter(word[1:])
    return all(letter in rest for letter in short[1:])


def _short_form(short: str, name: str) -> bool:
    """`cronus` of `CRONUS DE`, a logo's `BRICK & BARREL` of `Brick & Barrel Coffee
    Roasters`: the first word or words of a longer name. A name with its legal form is
    whole: `Imprimerie Vandenberghe SRL` is no short form of itself run on into an
    address."""
    words = [key(word) for word in _and(clean_name(short)).split() if key(word)]
    longer = [key(word) for word in _and(clean_name(name)).split() if key(word)]
    if len(words) > 1 and LEGAL_FORMS.search(short):
        return False
    return 1 <= len(words) <= 3 and len(longer) > len(words) and longer[: len(words)] == words


def _rival_entity(best: _Scored, rivals: Sequence[_Scored]) -> bool:
    """Another name printed as a registered company too (its legal form or registration
    number), nearly as well backed, which is neither part of the chosen one nor holds it:
    the brand's company and the one that runs the outlet, a franchise and its owner, a
    trading name and the legal one. Which of them is the vendor the page does not settle."""
    return any(
        # Not an association named in brackets (`Fachberater für Unternehmensnachfolge
        # (DStV e.V.)`): a body the firm belongs to.
        (LEGAL_FORMS.search(_unbracketed(other.name)) or "registration" in other.evidence)
        and other.score >= best.score - NEARLY
        and _distinctive(other.name)
        and not _address(other.name)
        and _apart(best, other)
        for other in rivals
    )


def _unbracketed(name: str) -> str:
    return re.sub(r"\([^)]*\)", " ", name)


def _heading_unlike_thanks(best: _Scored, rivals: Sequence[_Scored]) -> bool:
    """A name backed only by the sign-off (`Thank You For Shopping At BHPetromart`) under
    a heading that names the business otherwise (`BHPetrol Permas Jaya 2`): the brand
    of a shop and the outlet's name; which one is the vendor the page does not settle."""
    if best.evidence & STRONG != {"thanks"}:
        return False
    return any(
        "first" in other.evidence and len(other.name.split()) >= 2 and _apart(best, other)
        for other in rivals
    )


def _heading_unlike_footer(best: _Scored, rivals: Sequence[_Scored]) -> bool:
    """A company named only in the footer (`SARL GARAGE MOREL`) under a heading printed
    large, or with the shop's ids under it, that names the business otherwise (`RELAIS DU
    LAC`, `BURGER BAKAR ABANG LONG` over its GST id): the shop's sign and the company that
    runs it; which one the bookkeeper files it under the page does not settle."""
    if best.evidence & STRONG != {"footer"} or "first" in best.evidence:
        return False
    return any(
        "first" in other.evidence
        and (
            "large" in other.evidence
            or ("ids" in other.evidence and not _LISTED.search(other.name))
        )
        and len(key(other.name)) >= 4
        and _apart(best, other)
        and not _same_lead_word(best.name, other.name)
        for other in rivals
    )


#: Below this Zipf frequency a word is rare enough to name one business (a brand).
RARE = 3.0


def _same_lead_word(one: str, other: str) -> bool:
    """The names open with the same rare word (a logo's glyph read as a letter aside):
    the brand of a logo with its tagline (`nérios` / `la fibre des pros`, `O mobiwave`)
    and the company that bears it in the footer (`Nérios Télécom SAS`). Not a common
    word that opens many names (`Hotel`, `Boulangerie`)."""
    first, second = (_lead_word(name) for name in (one, other))
    return bool(first) and first.casefold() == second.casefold() and zipf(first) < RARE


def _lead_word(name: str) -> str:
    found = re.search(r"[^\W\d_]{4,}", name)
    return found.group() if found else ""


#: A list's separator: a heading listing the trades (`Koneistus · Hitsaus`) is no sign.
_LISTED = re.compile(r"[·•|]")


def _apart(one: _Scored, other: _Scored) -> bool:
    """Neither name holds the other: two names, not one read in full and in part."""
    mine, theirs = key(one.name), key(other.name)
    return theirs not in mine and mine not in theirs


def _confidence(
    best: _Scored, runner_up: _Scored | None, contested: bool = False, plain: bool = False
) -> float:
    """How sure the evidence makes the name; `plain`: it reads as a shop's name, on a row
    with no price (an item's line is none)."""
    strong = best.evidence & STRONG
    if len(strong) >= 2:
        sure = 0.92
    elif strong and best.evidence & {"company", "repeated"}:
        sure = 0.85
    elif strong or "company" in best.evidence:
        sure = 0.75
    elif {"first", "large"} <= best.evidence and sum(ch.isalpha() for ch in best.name) >= 5:
        # The first line, printed larger than the rest: how a shop or firm heads its page.
        sure = 0.75
    elif best.evidence <= {"first", "repeated"} and "first" in best.evidence and plain:
        # A receipt headed by a shop's name alone, as most outside Malaysia are: nothing
        # backs it, nothing speaks against it.
        sure = 0.72
    elif {"first", "ids"} <= best.evidence:
        # Only its place and the ids under it back it: as often wrong as right on
        # phone photos of receipts, so a person looks.
        sure = 0.65
    else:
        sure = 0.55
    close = runner_up is not None and runner_up.evidence & STRONG
    if contested or (close and runner_up.score >= best.score - 1):
        sure -= 0.25
    return round(min(sure, 0.5 + 0.5 * best.cell.confidence), 2)


#: Words of a sentence, of a receipt's labels or of a party's role, which no shop's name
#: has (beyond `labels.NOT_VENDOR`, which keeps a header line from being a name at all).
_NOT_IN_NAMES = re.compile(
    r"\b(?:you|we|my|is|are|was|were|please|order|number|guest|check|server|time|total"
    r"|statement|account|member|patient|client|practitioner|provider|supplier|seller|buyer"
    r"|vendor|merchant|payee|cash|change|card|visa|sale|payment|amount|price|qty|item|items"
    r"|description|dine\s*in|take\s*(?:out|away))\b",
    re.IGNORECASE,
)


#: A line set between the same marks (`~ Where Penang Flavours Meet ~`, read `- … -` on
#: a photo): a slogan or a greeting as tills print them, not a shop's name alone.
_FRAMED = re.compile(r"\s*([~*=+#•·-])\1*\s+.+\s+\1+\s*")


#: A business's own long words, one letter of which a crease or a smudge may turn into
#: any other (`MOHD ALI MAJU RNTERPRISE`); not a name's own words, which may be anything
#: (`PALEKBANG` is a town, not a misread `PALEMBANG`), nor short ones another language
#: spells a letter apart (Malay `BAKERI`).
_TRADE_WORDS = frozenset(
    (
        "enterprise", "enterprises", "restaurant", "restoran", "hardware", "pharmacy",
        "supermarket", "hypermarket", "minimarket", "perniagaan", "syarikat", "stationery",
        "bakeries", "services", "marketing", "engineering", "industries", "holdings",
        "corporation", "electrical",
    )
)  # fmt: skip


def _mend_trade_words(name: str) -> tuple[str, int]:
    """`name` with each unknown word one letter off a `_TRADE_WORDS` word set right, in
    its case, and how many were (`Stationary` is a word of its own)."""
    mended = 0

    def swap(match: re.Match[str]) -> str:
        nonlocal mended
        word = match.group()
        lowered = word.lower()
        if lowered in _TRADE_WORDS or known(word):
            return word
        near = [
            trade
            for trade in _TRADE_WORDS
            if len(trade) == len(word)
            and sum(a != b for a, b in zip(trade, lowered, strict=True)) == 1
        ]
        if len(near) != 1:
            return word
        mended += 1
        return near[0].upper() if word.isupper() else near[0].capitalize()

    return re.sub(r"(?<![^\W\d_])[^\W\d_]{8,}(?![^\W\d_])", swap, name), mended


def _plain_name(name: str) -> bool:
    """A few words of letters, with no digit, mark or label word in them: how a shop's
    name reads."""
    return (
        1 <= len(name.split()) <= 5
        and not re.search(r"[^\w\s&'’\"“”„.,-]|\d", name)
        and not _NOT_IN_NAMES.search(name)
    )


def _garbled(name: str, confidence: float) -> bool:
    """Marks of a misread no lexicon mends: a digit between letters (`HO0USE`), a digit
    that looks like a letter inside a word (`F00DICIOUS`), doubled punctuation (`D.I..`)
    or a mark between points (`D.I.'.`), a bracket left unclosed or unopened (`Malur)`),
    a lower-case run inside an upper-case word (`HARDWAkE`), an unknown word starting
    lower-case among capitalised ones (`egi Cash & Carry`), a company form left half read
    (`SDN 6HD` was mended, `Sdh Bh` was not), a name that starts with its company form
    (the words before it were lost), or a line the OCR engine itself was unsure of."""
    words = re.findall(r"[^\W_]+", name)
    capitalised = sum(word[0].isupper() for word in words)
    return bool(
        confidence < SURE_READ
        or re.search(r"[^\W\d_]{2}\d+[^\W\d_]{2}|([.,:;])\1|\b[A-Z]{2,}[a-z]+[A-Z]+\b", name)
        or re.search(r"[.,:;]['’`/][.,:;]", name)
        or _LETTER_DIGIT.search(name)
        or name.count("(") != name.count(")")
        or any(
            word[0].islower() and zipf(word) < 5 and capitalised >= 2
            for word in re.findall(r"[^\W_]+", LEGAL_FORMS.sub(" ", _DEGREES.sub(" ", name)))
            if word[0].isalpha()
        )
        or _HALF_FORM.search(name)
        # A capital vowel inside a word of small letters, as an accented small letter
        # misreads (`BrOlerie` for `Brûlerie`), in no word the lexicon knows.
        or any(zipf(word) == 0 for word in _INNER_CAPITAL_VOWEL.findall(name))
        or _LEADING_FORM.match(name)
        or _NO_VOWEL.search(name)
        or any(len(_scripts(word)) > 1 for word in name.split())
    )


_INNER_CAPITAL_VOWEL = re.compile(r"\b(?!Ma?c[A-Z])\w*[a-z][AEIOU][a-z]\w*")


#: A doctor's subject after the title (`Dr. phil.`, `Dr. med. dent.`, `Dr. rer. nat.`),
#: written lower-case; or after doctors' (`Dres. med. Moll & Sievers`).
_DEGREES = re.compile(
    r"(?:(?<=\bDr\.)|(?<=\bDres\.)|(?<=\bDrs\.))(?:\s*(?:med|phil|dent|rer|nat|jur|oec|vet|pol|theol|habil|sc)\b\.?)+"
)


#: Scripts a word is written in; Japanese writes one word in kanji and kana together.
_SCRIPT_OF = {"HIRAGANA": "CJK", "KATAKANA": "CJK"}
_SCRIPTS = frozenset({"LATIN", "GREEK", "CYRILLIC", "CJK", "ARABIC", "HEBREW", "THAI", "HANGUL"})


def _scripts(word: str) -> set[str]:
    """The scripts of a word's letters: more than one is a misread, a Latin word with a
    Japanese or Greek letter in it (`ニAYA` for `JAYA`, `ΦAKTYPA` for `ФАКТУРА`)."""
    found = set()
    for char in word:
        if char.isalpha():
            script = unicodedata.name(char, "").split(" ", 1)[0]
            script = _SCRIPT_OF.get(script, script)
            if script in _SCRIPTS:
                found.add(script)
    return found


#: A word of five Latin letters or more with no vowel (`THRLL` for `THREE`): a misread,
#: as no language writes one and abbreviations are shorter.
_NO_VOWEL = re.compile(r"\b(?![A-Za-z]*[AEIOUYaeiouy])[A-Za-z]{5,}\b")


#: A letter, then digits OCR confuses with letters (0 O, 1 I, 5 S, 8 B), then letters
#: (`F00DICIOUS`, `C1TY`, `SO0N`), or a capital and two zeros, a surname's `OO` (`F00 LAM
#: MUN`); a number run into a word at its start (`99SPEED`) is no mark.
_LETTER_DIGIT = re.compile(
    r"[^\W\d_][0158]+[^\W\d_]{2,}|\b[^\W\d_][0158]{2,}[^\W\d_]\b|[^\W\d_]{2}[0158]{1,2}[^\W\d_]\b"
    r"|\b[A-Z]00\b"
)

_AS_LETTERS = str.maketrans("0158", "OISB")


def _zeros_for_o(read: str, mended: str) -> bool:
    """Whether the only letters mended are zeros read for an O, each making a word of the
    language (`D'SELERA F00D`, `LIM BR0THERS`): the two shapes are the same on many a
    till's font, so such a name is as sure as read. A word the mending leaves unknown
    (`HO0USE`, a letter more; `F00DICIOUS`, a coined name) stays for a person to check."""
    pairs = list(zip(read, mended, strict=False))
    if len(read) != len(mended) or not all(a == b or (a == "0" and b in "Oo") for a, b in pairs):
        return False
    words = [
        word for word, before in zip(mended.split(), read.split(), strict=False) if word != before
    ]
    return bool(words) and all(zipf(re.sub(r"[\W\d_]", "", word)) > 0 for word in words)


def _letters_for_digits(name: str) -> str:
    """`KMF F00DICIOUS` → `KMF FOODICIOUS`: digits inside a word of letters are letters
    the OCR engine took for digits (the name is flagged as misread all the same, unless
    only zeros were O: `_zeros_for_o`)."""

    def swap(match: re.Match[str]) -> str:
        word = match.group()
        after = next((ch for ch in word[1:] if ch.isalpha()), word[0])
        letters = word.translate(_AS_LETTERS)
        return "".join(
            new if old == new or after.isupper() else new.lower()
            for old, new in zip(word, letters, strict=True)
        )

    return _LETTER_DIGIT.sub(swap, name)


_FORM_SPELLINGS = (
    ("SDN", r"(?:[S5][DO0][A-Z0-9]|[S5][A-Z0-9]N|[A-Z0-9]DN)"),
    ("BHD", r"(?:[B8][HN][A-Z0-9]|[B8][A-Z0-9]D|[A-Z0-9]HD)"),
)
#: `SDN BHD` with one letter misread in either word (`SON BHD`, `SDN 6HD`, `Sdn Bh0`), its
#: dot read as a comma (`SON, BHD`), or its faded S lost (`ON BHD`).
_MISREAD_FORM = re.compile(
    rf"\b(?P<sdn>{_FORM_SPELLINGS[0][1]}|[DO0]N)[.,]?\s*(?P<bhd>{_FORM_SPELLINGS[1][1]})\b", re.I
)
#: Germany's `GmbH` with its H read as a k or as two strokes and a dash (`Gmbk`, `GmbI-I`).
_MISREAD_GMBH = re.compile(r"\bGmb(?:[kK]|I-I|l-l)(?!\w)")
_MISREAD_SRL = re.compile(r"\bS\.\s?([rR])\.\s?[I1|]\.")
#: Luxembourg's `S.à r.l.` with its l read so (`S.à r.I.`).
_MISREAD_SARL = re.compile(r"\b(S\.\s?[àa]\s?r\.\s?)[I1|]\.")
#: The French sole trader's `EI` ending a name, its I read as an l, a 1 or with an accent
#: (`Julien Marchand El`, `EÍ`).
_MISREAD_EI = re.compile(r"(?<=[^\W\d_]{2}\s)E[l1|ÍÌíì]\s*$")
#: The word before `LTD` in South and South-East Asia's private company forms: `(PVT) LTD`,
#: `PTE LTD`, `PTY LTD`.
_PRIVATE = ("PVT", "PTE", "PTY")
_BEFORE_LTD = re.compile(r"\b(?P<word>[A-Z0-9]{3})(?P<dot>\.?\)?\s*)(?=LTD\b|LIMITED\b)", re.I)
#: `LTD` with its T read as an I or a 1 (`CO., LID.`), after the word a private company's
#: form puts before it; `lid` alone is a word.
_MISREAD_LTD = re.compile(
    r"(?P<before>\b(?:CO|PTE|PVT|PTY)\b[.,]{0,2}\)?\s*|\(PVT\)\s*)(?P<l>L)[I1|](?P<d>D)\b", re.I
)
#: What is left of `SDN BHD` when the OCR engine dropped, mangled or added more than a
#: letter.
_HALF_FORM = re.compile(
    r"\bsdn\.?\s+(?!bhd\b)[a-z0-9]{1,3}\.?$|\b(?!sdn\b)[s5][a-z0-9]{2}\.?\s+bh"
    # A stray piece read between the two words: `Sdn. ND Bhd`.
    r"|\bsdn\.?\s+[a-z0-9]{1,3}\.?\s+bhd\b",
    re.I,
)
_LEADING_FORM = re.compile(
    r"\(?\s*(?:sdn|bhd|s/b|ltd|limited|llc|inc|corp|gmbh|pte|plc|llp|pty|enterprise)\b", re.I
)


def mend_form(name: str) -> str:
    """`SON BHD`, `SDN 6HD`, `Sdh Bhd` → `SDN BHD` / `Sdn Bhd`: one misread letter in the
    Malaysian company form, which is printed on nearly every receipt; and the Italian
    `S.r.l.` and Luxembourg's `S.à r.l.` with the l read as a capital I or a 1 (`S.r.I.`).
    """
    name = _MISREAD_SRL.sub(lambda m: f"S.{m.group(1)}.{'L' if m.group(1) == 'R' else 'l'}.", name)
    name = _MISREAD_SARL.sub(r"\1l.", name)
    name = _MISREAD_LTD.sub(
        lambda m: m["before"] + m["l"] + ("T" if m["d"].isupper() else "t") + m["d"], name
    )
    name = _BEFORE_LTD.sub(_private_form, name)
    name = _MISREAD_EI.sub("EI", name)
    name = _MISREAD_GMBH.sub("GmbH", name)
    name = _MISREAD_ZOO.sub(lambda m: m.group(1) + ("O.O." if "Z" in m.group(1) else "o.o."), name)

    def mended(match: re.Match[str]) -> str:
        sdn, bhd = match.group("sdn"), match.group("bhd")
        if sdn.upper() == "SDN" and bhd.upper() == "BHD":
            return match.group()
        upper = sdn[1:].isupper() or sdn[1:].isdigit()
        return "SDN BHD" if upper else "Sdn Bhd"

    return _MISREAD_FORM.sub(mended, name)


#: Poland's `Sp. z o.o.` with its o's read as zeros (`Sp. z 0.0.`).
_MISREAD_ZOO = re.compile(r"(\bsp\.?\s*z\s*)(?:[0o]\.?\s*[0o]\.?)(?!\w)", re.IGNORECASE)


def _private_form(match: re.Match[str]) -> str:
    """`(PYT) LTD` → `(PVT) LTD`: the one private form a single misread letter away."""
    word = match.group("word")
    near = [
        form
        for form in _PRIVATE
        if sum(a != b for a, b in zip(word.upper(), form, strict=True)) == 1
    ]
    if word.upper() in _PRIVATE or len(near) != 1:
        return match.group()
    form = near[0] if word.isupper() else near[0].capitalize()
    return form + match.group("dot")


_FORM_ALONE = re.compile(
    r"\W*(?:corp(?:oration)?|inc|llc|ltd|limited|gmbh|plc|pty|pte|co)\W*", re.IGNORECASE
)
_MONEY = re.compile(r"\d[.,]\d{2}(?![\d.,/-])")


def _in_body(rows: Sequence[Row], best: _Scored) -> bool:
    """A header candidate printed below a money amount, or below a till's time stamp (a
    date with the time of day): the document's body (items, totals) has begun, so the name
    was not found where names are printed; a photo may have cut the head off. (A date
    alone does not count: invoices print theirs in the header, beside or above the
    seller.)"""
    if best.row is None or best.evidence & STRONG:
        return False
    return any(
        _MONEY.search(row.text) or (_TIME_OF_DAY.search(row.text) and find_dates(row.text))
        for row in rows[: best.row]
    )


_TIME_OF_DAY = re.compile(r"(?<![\d.:])[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?![\d.:])")


def _header(rows: Sequence[Row], hidden: set[Spot]) -> list[tuple[int, Cell, bool]]:
    """Phrases of the first lines that could be a name, legible ones if any; the first of
    them marked."""
    header = _head_rows(rows)
    candidates = [
        (index, cell)
        for index, row in enumerate(header)
        for cell in map(_before_label, _without_mark(row).phrases())
        if (index, cell.x) not in hidden and _may_head(header, index, cell)
    ]
    legible = [item for item in candidates if item[1].confidence >= LEGIBLE]
    candidates = legible or candidates
    return [(index, cell, n == 0) for n, (index, cell) in enumerate(candidates[:8])]


def _head_rows(rows: Sequence[Row]) -> Sequence[Row]:
    """The rows a name heading the page may stand in: the first third, six to twelve."""
    return rows[: max(6, len(rows) // 3)][:12]


def _windows_names(rows: Sequence[Row], windows: set[Spot]) -> set[str]:
    """The names of the address windows in the page's head, by `key`: the addressee's,
    not to be taken for the seller's wherever the page prints them."""
    head = len(_head_rows(rows))
    return {
        key(clean_name(cell.text))
        for index, x in windows
        if index < head
        for cell in rows[index].phrases()
        if cell.x == x
    }


#: A label a phrase may run on into after the name's company form, the boxes of a
#: form-like header set close (`ASHOKA AUTO COMPONENTS PRIVATE LIMITED | Invoice No.`).
_LABEL_AFTER = re.compile(
    r"\s*(?:(?:tax\s*)?invoice|bill|rechnung|facture|factura|dated?|datum)\b", re.IGNORECASE
)


#: A tax id or phone number at the end of the name's line (`ANEKA JAYA ENTERPRISE
#: (JM0876543-D) GST:001122334455`, `RESTORAN AL-HIJRAH MAJU Tel:03-40218876`, its `l`
#: read `1`; Singapore's `FRESHCART ONLINE PTE. LTD. | UEN & GST Reg No: 201923456G`;
#: the company's `Reg. No. 200801023345 (821144-D)`).
_IDS_AFTER = re.compile(
    r"\s*[,;|(]?\s*(?:uen\s*(?:&|and|/)\s*)?"
    r"(?:gst|sst|vat|tax|te[l1]|phone|fax|h/?p|uen|reg|(?:co(?:mpany)?|firm)\.?\s*(?=(?:reg|no)\b))\b"
    r"\W*(?:reg|id|no)?\W*(?:no\b)?\W*\d[\dA-Z\s().+/-]*$",
    re.IGNORECASE,
)


def _before_label(cell: Cell) -> Cell:
    """The phrase without a label it ran on into after a company form, or without the
    tax id, phone number or document title printed after the company's name on its line."""
    forms = list(LEGAL_FORMS.finditer(cell.text))
    if forms and _LABEL_AFTER.match(cell.text, forms[-1].end()):
        return replace(cell, text=cell.text[: forms[-1].end()].rstrip())
    # The line set out in fields after the form, a bar between them (`Skyreach Broadband
    # Pvt. Ltd. |CIN U64200… |GSTIN 33AAK…`).
    if barred := next((f for f in forms if re.match(r"\.?\s*[|¦│]", cell.text[f.end() :])), None):
        end = barred.end() + cell.text.startswith(".", barred.end())
        return replace(cell, text=cell.text[:end])
    # The address set after the form with a dash (`Lambert Rénovation SRL – Chaussée de
    # Charleroi 302, 5030 Gembloux`).
    if (named := before_dash(cell.text)) != cell.text:
        return replace(cell, text=named)
    # The street address set close after the form, one phrase with it (`Anvaya Softlabs
    # LLC 33 Wood Avenue South, Suite 600`).
    if forms and re.match(r"\s+\d", rest := cell.text[forms[-1].end() :]) and _address(rest):
        return replace(cell, text=cell.text[: forms[-1].end()])
    # Its registration number in brackets after the form, with more after it (`Dapur Selera
    # Sdn. Bhd. (201801017732 (1280445-M) No. 9, Jalan …`).
    if forms and re.match(r"\.?\s*\(\s*\d{5,}", rest) and re.search(r"\d.*\S.*\s\S", rest):
        return replace(cell, text=cell.text[: forms[-1].end() + rest.startswith(".")])
    # Or Malaysia's new twelve-digit number first, the old one in brackets after it
    # (`Orkid Office Furniture Manufacturing Sdn. Bhd. 200801012233 (812345-M)`).
    if forms and re.match(r"\.?\s+\d{12}\s*\(", rest):
        return replace(cell, text=cell.text[: forms[-1].end() + rest.startswith(".")])
    after = (
        _IDS_AFTER.search(cell.text)
        or _TITLE_AFTER.search(cell.text)
        or SERIAL_AFTER_NAME.search(cell.text)
        or _STORE_NUMBER.search(cell.text)
    )
    if after and len(re.findall(r"[^\W\d_]{2,}", cell.text[: after.start()])) >= 2:
        cell = replace(cell, text=cell.text[: after.start()].rstrip())
    if profession := _PROFESSION_AFTER.search(cell.text):
        return replace(cell, text=cell.text[: profession.start()])
    return cell


#: What a firm of partners is, said after its name (`Zainal, Lim & Partners Advocates &
#: Solicitors`, `Reid & Co Chartered Accountants`).
_PROFESSION_AFTER = re.compile(
    r"(?:(?<=partners)|(?<=associates)|(?<=\bco\.)|(?<=\bco))\s+(?:advocates?\s*(?:&|and)\s*solicitors?|solicitors?"
    r"|chartered\s+(?:accountants?|surveyors?)|architects?|consulting\s+engineers?)\s*$",
    re.IGNORECASE,
)


#: A chain's store number after its name (`QUIK TRAIL MARKET #212`, `SUNPOINT FUEL STOP
#: #0441`).
_STORE_NUMBER = re.compile(r"\s+(?:store\s*)?#\s*\d{1,6}\s*$", re.IGNORECASE)


#: The document's title set close after the name on its line, one phrase in a photo
#: (`Bharat Electricals Wholesale TAX INVOICE`).
_TITLE_AFTER = re.compile(rf"\s+(?={DOCUMENT_TITLE}\s*$)(?-i:[A-Z][A-Z ]+$)", re.IGNORECASE)


def _may_head(rows: Sequence[Row], index: int, cell: Cell) -> bool:
    """A header phrase that could be the name: not a date, an address (or the town under
    one), or a label with its value beside it."""
    return (
        may_name(cell.text)
        and not _is_date(cell.text)
        and not _after_address(rows, index, cell)
        and not _bare_address(cell.text)
        and not _UNIT.search(cell.text)
        and not _labels_value(rows[index], cell)
        and not _value_in_info_block(rows, index, cell)
        and not _priced(rows[index], cell)
        and not _field_label(cell.text)
        and not (
            _trade_only(cell.text)
            and len(re.findall(r"[^\W\d_]{2,}", cell.text)) >= 2
            # What a Malay or Indonesian name opens with, over the rest of it
            # (`TOKO BANGUNAN` / `SUMBER REJEKI`).
            and not _HEAD_NOUN.match(cell.text)
            and not _registered_sign(rows, index, cell)
        )
        and not _aside(cell.text)
    )


def _aside(text: str) -> bool:
    """A line wholly in brackets with no legal form of its own: a branch (`(IOI PUCHONG)`)
    or trade name (`(PLAT MART)`) printed under the company's name, not a name of its own."""
    text = text.strip()
    return text.startswith("(") and text.endswith(")") and not LEGAL_FORMS.search(text)


#: What a shop or firm is, not who: a line of these alone under the name describes the
#: business (`Café - Brasserie`, `Servicing · MOT · Tyres`, `Zahnärztin · Implantologie`,
#: `THE RESTAURANT`, `HOTELS & RESORTS`).
_TRADES = re.compile(
    r"caf[eé]s?|bistrot?|brasserie|bar|restaurant|ristorante|trattoria|pizzeria|bakery"
    r"|confectioner(?:y|s)?|boulangerie|p[âa]tisserie|b[äa]ckerei|konditorei|bakkerij|panader[ií]a|pharmacy"
    r"|pharmacie|apotheke|apotheek|farmacia|chemists?|druggists?|drugstore|supermarket"
    r"|supermarch[ée]|supermercado|supermercato|grocer[sy]?|deli|butcher|boucherie|metzgerei|servicing|repairs?|mot"
    r"|diagnostics|tyres|tires|parts|garage|janitorial|cleaning|plumbing|roofing|landscaping"
    r"|printing|catering|architecture|architects?|arquitectura|arquitecto|architektur|architekten?"
    r"|taxis?|cabs?|limo(?:usine)?s?|parking|hotels?|resorts?|bed|breakfast|wine|bier|beer|tea|coffee"
    r"|kaffee|traiteur|[ée]picerie|tabac|presse|kiosk|foods?|since|and|&|et|und|en|y|e"
    r"|the|le|la|les|el|il|der|die|das"
    r"|implantologie|parodontologie|zahnarzt|zahnärztin|dentist|dental|clinic|praxis"
    # Malay: food, drink, hardware, sundries, medicine, bread, books, stationery,
    # furniture, flowers, cloth, gold, electrical, tyres, building materials, and.
    r"|makanan|minuman|perkakasan|runcit|ubat|kopi|roti|buku|alat|tulis|perabot|bunga"
    r"|kain|emas|elektrik|tayar|bahan|binaan|dan"
    # Malay and English: spare parts (`ALAT GANTI`), cars, motorcycles, electrical, a
    # pharmacy, an optician.
    r"|ganti|kereta|motosikal|motor|auto|spare|electrical|electric|elektrikal|farmasi|optik|optical"
    # Malay and Indonesian: a shop, a stall, a restaurant (`RUMAH MAKAN`), a pharmacy, a
    # workshop, a laundry, a printer, sundries, a self-service store, iron and building.
    r"|kedai|toko|warung|gerai|restoran|rumah|makan|apotek|bengkel|dobi|percetakan"
    r"|kelontong|swalayan|besi|bangunan"
    # A laundry's services: self-service (`layan diri`) and the ordinary kind (`biasa`).
    r"|layan|diri|biasa"
    # Malay eateries' and shops' trades: seafood (`MAKANAN LAUT`), rice, chicken, fish,
    # noodles, grilled, fried, meat, a barber's (`GUNTING RAMBUT`), a salon, beauty, a
    # tailor, shoes, cakes, fruit, vegetables, wholesale, goods, a coffee shop, a market.
    r"|laut|nasi|ayam|ikan|mee|bakar|goreng|daging|gunting|rambut|salun|kecantikan|jahit"
    r"|kasut|kek|buah|sayur|borong|barangan|kopitiam|pasar|pasaraya|minimarket"
    # A nasi kandar or roti canai shop, a mamak's; tools (`PERKAKAS`), fertiliser.
    r"|kandar|canai|mamak|perkakas|baja"
    # A filling station, a convenience store.
    r"|fuel|petrol|gas|station|market|mart|convenience|liquors?",
    re.IGNORECASE,
)
#: What a firm supplies or does: words that end many names (`TECK HUAT` / `HARDWARE
#: TRADING` is one), so a line of them alone is kept as a name but not believed (`UIS`
#: over its tagline `INDUSTRIAL SUPPLIES`).
_LINE_OF_BUSINESS = re.compile(
    r"industrial|suppl(?:y|ies|iers?)|materials?|packaging|hardware|stationery|logistics"
    r"|freight|couriers?|services?|solutions|engineering|consult(?:ing|ancy|ants)|trading"
    r"|wholesal(?:e|ers?)"
    r"|distribut(?:ion|ors?)|contractors?|hire|rentals?|equipment|plant|tools?"
    # Trades of the building and the land (`AGRICULTURAL CONTRACTORS`, `GROUNDWORKS`).
    r"|agricultural|construction|building|builders?|groundworks|joinery|roofing|scaffolding"
    r"|decorators?|electricians?|plumbers?|landscapes?|fencing|drainage",
    re.IGNORECASE,
)


#: A Malay or Indonesian name opens with what the business is (`KEDAI PERKAKASAN` /
#: `SENG HUAT SDN. BHD.`, a hardware shop): such a line over a name is its start.
_HEAD_NOUN = re.compile(
    r"^\W*(?:kedai|syarikat|perniagaan|restoran|toko|gerai|kilang|warung|rumah\s*makan"
    r"|apotek|bengkel)\b",
    re.I,
)


def _without_form(name: str) -> str:
    return COMPANY_WORDS.sub(" ", name)


def _trade_only(text: str, *more: re.Pattern[str]) -> bool:
    """Every word says what the business is (`ARQUITECTURA`), or two such run together as
    the OCR may read them (`MATERIALSUPPLIER`); `more`: other such words."""
    trades = (_TRADES, *more)

    def trade(word: str) -> bool:
        return any(pattern.fullmatch(word) for pattern in trades)

    words = re.findall(r"[^\W\d_]+|&", text)
    return len(words) >= 1 and all(
        trade(word)
        or any(trade(word[:cut]) and trade(word[cut:]) for cut in range(3, len(word) - 2))
        for word in words
    )


def _field_label(text: str) -> bool:
    """A date's, number's or total's label alone (`Laskun päivämäärä`, `Fakturanr`,
    `Balance Due`), its value in the next column or under it: no name."""
    return (
        len(text.split()) <= 3
        and not LEGAL_FORMS.search(text)
        and (
            DATE_LABELS.search(text) is not None
            or any(pattern.search(text) for pattern, _weight in NUMBER_LABELS)
            or STRONG_TOTAL.search(text) is not None
        )
    )


def _labels_value(row: Row, cell: Cell) -> bool:
    """`Nummer` `: 12345`: a label whose value follows in the next cell."""
    phrases = row.phrases()
    after = [p for p in phrases if p.x > cell.x]
    return bool(after) and after[0].text.lstrip().startswith((":", "："))


def _value_in_info_block(rows: Sequence[Row], index: int, cell: Cell) -> bool:
    """The phrase set right after a label of a column of labels (`Date de facture`,
    `Code client` over each other, their values beside them): a value, or a stamp across
    the values (`COMPTABILISÉ`), no name."""
    before = [phrase for phrase in rows[index].phrases() if phrase.x + phrase.width <= cell.x]
    if not before or len(before[-1].text.split()) > 3 or any(c.isdigit() for c in before[-1].text):
        return False
    label = before[-1]
    # A date's label has no company for its value: Xero's `Invoice Date` over its date,
    # with the seller's block in the next column (`Bluegum Landscape Supplies Pty Ltd`).
    if DATE_LABELS.search(label.text) and LEGAL_FORMS.search(cell.text) and not _is_date(cell.text):
        return False
    near = rows[max(0, index - 2) : index] + rows[index + 1 : index + 3]
    return any(
        _field_label(other.text)
        and abs(other.x - label.x) <= label.height
        # With its value beside it (`Date de facture | 09/03/2024`), not under it (Xero's
        # `Invoice Date` over `12 Mar 2025`, the seller's block in the next column).
        and any(ch.isdigit() for ch in value.text)
        for row in near
        for other, value in pairwise(row.phrases())
    )


def _priced(row: Row, cell: Cell) -> bool:
    """`Fahrpreis | 38,60 EUR`: a phrase with a sum of money for the rest of its row is an
    item's or a total's label, no name. A registered name is one all the same, with the
    balance due printed beside it (`Sahyadri Digital Solutions Private Limited |
    1,45,140.00`); an item sold by weight is not (`SAYUR SAWI/KG | 4.58`)."""
    if (form := LEGAL_FORMS.search(cell.text)) and cell.text[: form.start()].endswith(" "):
        return False
    after = [p.text.strip() for p in row.phrases() if p.x > cell.x]
    return bool(after) and all(sum_alone(text) for text in after)


def _is_date(text: str) -> bool:
    return bool(find_dates(text))


def _labelled_customer(rows: Sequence[Row]) -> set[Spot]:
    """Cells under a `Bill to:` / `Ship to:` label: the customer's name and address; and
    under a person addressed by title below the head (`Mr Thomas Achterberg` over the
    guest's `Brightwell Engineering Ltd`), the addressee's company and address."""
    hidden: set[Spot] = set()
    for index, row in enumerate(rows):
        for label in row.phrases():
            if CUSTOMER_LABELS.search(label.text) or (index and _addressed(label.text)):
                for later in range(index + 1, min(len(rows), index + 5)):
                    hidden.update((later, c.x) for c in rows[later].phrases() if overlaps(c, label))
            if index and (
                _ATTENTION.match(label.text)
                or (_addressed(label.text) and _company_over(rows[index - 1], label))
            ):
                # The company over `Att.: Mette Kjær`, `T.a.v. Sanne de Vries`, or over a
                # person addressed by title (`M. Julien Rousseau`) is theirs.
                above = rows[index - 1].phrases()
                hidden.update((index - 1, c.x) for c in above if overlaps(c, label))
    return hidden


def _address_window(rows: Sequence[Row], labelled: set[Spot]) -> set[Spot]:
    """The name over a street and a town in its own column (a person or a place's name
    may stand between), set apart from the lines over it and headed by no label, where
    the sender's address is printed elsewhere: the letter's addressee. The sender's is under the
    page's first line (`Malerbetrieb Jens Krüger` / `Wilhelmshöher Allee 301 – 34131
    Kassel` over the window's `Hausverwaltung Engel GmbH` / `Friedrich-Ebert-Straße 88` /
    `34117 Kassel`), or in another column beside or over the window (a French bill's
    provider on the left, `SARL BOULANGERIE DUVAL` / `M. Thierry Duval` / `14 rue des
    Tanneurs` / `37000 TOURS` on the right), or under a heading of its own further down
    (`Votre fournisseur`). Not a company's name right under its outlet's place (`PETROLMAS KM12
    JLN KLANG LAMA` / `SYARIKAT MINYAK KM12 SDN BHD`)."""
    if len(rows) < 4 or any(_address(c.text) for c in rows[0].cells):
        return set()
    heading = rows[0].phrases()[0]
    sender = next(
        (
            i
            for i in (1, 2)
            if any(
                _TOWN_LINE.search(c.text) and overlaps(c, heading) for c in rows[i].phrases()
            )
        ),
        0,
    )
    hidden: set[Spot] = set()
    for index in range(max(sender, 1), len(rows) - 2):
        for cell in rows[index].phrases():
            end = _window_end(rows, index, cell)
            if (
                end is None
                or _address(cell.text)
                or not _set_apart(rows, index, cell)
                or _under_heading(rows, index, cell)
                or _labelled_on_its_left(rows[index], cell)
            ):
                continue
            if (
                (sender and index > sender)
                or _seller_heading_below(rows[end + 1 :])
                or _address_beside(rows[:end], cell, labelled)
            ):
                hidden.add((index, cell.x))
    return hidden


def _window_end(rows: Sequence[Row], index: int, cell: Cell) -> int | None:
    """The row of the town line closing a window's block under `cell`: a street and a
    town, one under the other, under one line with no digits or none (a person's `Dr Marc
    Hansen`, a place's `Zone artisanale des Longues Raies`)."""
    lines: list[Cell] = []
    at, over = index, cell
    while len(lines) < 3 and at + 1 < len(rows):
        under, at = _next_line(rows, at, over, 1)
        if len(under) != 1:
            return None
        lines.append(under[0])
        over = under[0]
        if len(lines) >= 2 and _address(lines[-1].text) and POSTCODE.search(lines[-1].text):
            between = lines[:-2] if _address(lines[-2].text) else lines[:-1]
            # Not a company's registration number under its name (`(Syarikat No:
            # 873301-U)`): the seller's own block.
            if all(not any(ch.isdigit() for ch in line.text) for line in between):
                return at
            return None
    return None


def _set_apart(rows: Sequence[Row], index: int, cell: Cell) -> bool:
    """Nothing close over the name in its own column."""
    if _next_line(rows, index, cell, -1)[0]:
        return False
    above = rows[index - 1]
    return cell.y - above.y > 2 * cell.height or not any(
        overlaps(other, cell) for other in above.phrases()
    )


#: A town beside its postcode: `69283 Lyon`, `Chicago, IL 60607`, `Kiama NSW 2533`,
#: `London SW1A 1AA`; not a reference ending in digits (`FAC-0087`, `SGE/24-25/1187`).
_TOWN_LINE = re.compile(
    r"(?<![\w/-])\d{4,6}\s+[^\W\d_]{2,}"
    r"|[^\W\d_]{3,}(?:,\s*(?:[A-Z]{2,3}\s+)?|\s+[A-Z]{2,3}\s+)\d{4,6}\b"
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"
)


def _seller_heading_below(rows: Sequence[Row]) -> bool:
    """The seller's own block headed further down (`Votre fournisseur` / `Lumiwal SA`)."""
    return any(SELLER_HEADINGS.search(cell.text) for row in rows for cell in row.phrases())


def _under_heading(rows: Sequence[Row], index: int, cell: Cell) -> bool:
    """A short heading close over the name in its own column (`Votre fournisseur` over
    `Lumiwal SA`, `REMIT TO` over the seller's remittance address): a block the page
    labels, no window."""
    for above in rows[max(0, index - 3) : index][::-1]:
        over = [other for other in above.phrases() if overlaps(other, cell)]
        if over:
            return any(
                cell.y - other.y <= 3 * cell.height
                and len(other.text.split()) <= 4
                and not any(ch.isdigit() for ch in other.text)
                for other in over
            )
    return False


def _labelled_on_its_left(row: Row, cell: Cell) -> bool:
    """A field's label before the name on its line (a viewer's `Name | Fjellheim Maskin
    AS`, `Firma:`): a value the page labels, no window."""
    before = [phrase for phrase in row.phrases() if phrase.right <= cell.x]
    return bool(before) and (
        bool(NAME_LABELS.search(before[-1].text)) or before[-1].text.rstrip().endswith(":")
    )


def _address_beside(rows: Sequence[Row], cell: Cell, labelled: set[Spot]) -> bool:
    """A town's line with its postcode in another column than the window's, over its own
    town's line (two blocks side by side, each ending on its town, are the seller's and
    the customer's in some order the page does not tell). Not a date's place (`Liège, le
    14 mai 2024`), nor a reference (`SGE/24-25/1187`, `FH8C21A0-0007`), nor the
    customer's under its label (`Bill to`) beside the seller's own block."""
    return any(
        _TOWN_LINE.search(other.text)
        and not overlaps(other, cell)
        and not _is_date(other.text)
        and (index, other.x) not in labelled
        for index, row in enumerate(rows)
        for other in row.phrases()
    )


def _company_over(row: Row, cell: Cell) -> bool:
    return any(overlaps(c, cell) and COMPANY_WORDS.search(c.text) for c in row.phrases())


#: For the attention of a person at the customer's: `Att.:`, `Attn:`, `T.a.v.`, `z. Hd.`,
#: `À l'attention de`.
_ATTENTION = re.compile(
    r"^\W*(?:att(?:n|ention)?\b\.?|t\.\s*a\.\s*v\.|z\.\s*hd\.?|[àa]\s*l'attention)",
    re.IGNORECASE,
)


#: A person addressed by title and name (`Mr Thomas Achterberg`, `Frau Svenja Holm`,
#: `M. Julien Rousseau`), perhaps after their department (`Marketing, Herr Lukas Eberle`).
_ADDRESSED = re.compile(
    r"^\W*(?:[^\W\d_]+(?:\s+[^\W\d_]+)?,\s*)?(?:(?:mr|mrs|ms|miss|mx|herr|frau|mme|mlle|dhr|mevr|sig(?:ra)?|sr|sra)\.?|m\.)"
    r"(?:\s+[^\W\d_][\w'’.-]*){1,3}\s*$"
    # Or the officers of a company a letter is addressed to (`The Directors` over the
    # client's `Tyne Bridge Coffee Roasters Ltd`).
    r"|^\W*the\s+(?:directors?|partners|trustees|proprietors?|(?:company\s+)?secretary"
    r"|(?:general\s+)?manager|treasurer|accounts?\s+(?:department|dept\.?|payable)"
    r"|finance\s+(?:department|dept\.?))\s*$",
    re.IGNORECASE,
)


def _addressed(text: str) -> bool:
    return bool(_ADDRESSED.match(text)) and not COMPANY_WORDS.search(text)


#: A Romance name's connecting word opening its second line (`DROGUERÍA LA ESPERANZA` /
#: `DEL NORTE S.A.S.`, `INVERSIONES GASTRONÓMICAS` / `LA CANDELARIA S.A.S.`): the line
#: goes on the name above it.
_CONNECTOR_OPENING = re.compile(
    r"\W*(?:del|dos|das|della|delle|degli|des|du|de\s+(?:la|las|los|l['’])|la|las|los|el)\s+\S",
    re.IGNORECASE,
)


def _whole_name(rows: Sequence[Row], index: int, cell: Cell, typical: float) -> tuple[str, int]:
    """The name with the lines it runs over, and the row it starts on: the lines above
    when this one is only the company form (`POPULAR BOOK` / `CO. (M) SDN BHD`), starts
    inside brackets (`ENTERPRISE (SETIA` / `ALAM) SDN BHD`) or ends a name wrapped over
    two lines, the line below when it ends in `&` or an open bracket or the line below
    starts with `&` after a name of two words or more (`FOTO KILAT STUDIO` / `& DIGITAL
    PLT`; not a label's `Staff` over `& TEA LEAF (M) SDN. BHD.`)."""
    parts = [cell]
    top = index
    while top > 0 and len(parts) < 4:
        text = " ".join(part.text for part in parts)
        unclosed = text.count(")") > text.count("(")
        above, over = _next_line(rows, top, parts[0], -1)
        wrapped = (
            len(parts) == 1
            and (
                _wrapped(above, cell)
                or _CONNECTOR_OPENING.match(cell.text)
                # A compound broken at its hyphen (`CityPark Parkraum-` / `Management GmbH`).
                or (len(above) == 1 and _HYPHEN_END.search(above[0].text) is not None)
                or _honorific_opening(above, cell)
                or _last_word_registered(above, cell)
                or _owner_over_number(above, cell, rows[index + 1 : index + 2])
                or _practice_over_owner(above, cell)
            )
        ) or _opens_wrapped_name(above, parts)
        # A registered name is more than its trades (`MATERIAL SUPPLIER SDN. BHD.` under
        # `THYE HIN BUILDING`): its start is on a line above.
        trades_only = _trade_only(_without_form(text)) or (
            LEGAL_FORMS.search(text) is not None
            and _trade_only(_without_form(text), _LINE_OF_BUSINESS)
        )
        whole = _distinctive(text) and not trades_only
        if whole and not unclosed and not wrapped:
            break
        # A line whose words this one says again (`BAKERY & CONFECTIONERY` over `ROTI EMAS
        # BAKERY & CONFECTIONERY`) is a tagline over the name, not its start.
        if above and key(" ".join(c.text for c in above)) in key(text):
            break
        if not above or not (
            all(may_name(c.text) for c in above)
            or _lettering(above, text)
            or (len(parts) == 1 and _honorific_opening(above, cell))
        ):
            break
        # Above a bare company form (`PASARAYA BORONG PINTAR` / `SDN BHD`) a trade word
        # is part of the name; a legal form there makes it a company of its own.
        complete = LEGAL_FORMS if _bare_form(text) or wrapped else COMPANY_WORDS
        if not unclosed and any(complete.search(c.text) for c in above):
            break
        # A tagline listing trades (`COFFEE·TOAST·NOODLES` over `HB F&B SDN. BHD.`).
        if any(_LISTED.search(c.text) for c in above):
            break
        # A tagline in other type (`Murah Setiap Hari` over `MY88 MART SDN BHD`): a name
        # wrapped over two lines keeps its case, but for its form and trade (`Jollibee` /
        # `FOOD CORPORATION`).
        same_case = all(_capitals(c.text) for c in above)
        if not (_bare_form(text) or _trade_only(_without_form(text))) and (
            _capitals(text) != same_case
        ):
            break
        # A brand over its company, the two opening with the same word (`HABITAT ALL DAY
        # DINING` / `HABITAT F&B SDN BHD`): the name starts again, not over two lines.
        if _first_word(above[0].text) == _first_word(parts[0].text) != "":
            break
        parts[:0] = above
        top = over
    name = parts[0].text
    for part in parts[1:]:
        name += part.text if _HYPHEN_END.search(name) else f" {part.text}"
    if index + 1 < len(rows):
        below, under = _next_line(rows, index, cell, 1)
        rest = " ".join(c.text for c in below)
        if (
            _OPEN_END.search(name)
            or name.count("(") > name.count(")")
            or (_FORM_OPEN.search(name) and _FORM_REST.match(rest))
            or _branch_and_form(below)
            or (
                rest.startswith("&")
                and len(below) == 1
                and len(name.split()) >= 2
                and may_name(rest[1:])
            )
        ):
            name += " " + rest
        elif not any(_LISTED.search(c.text) for c in below) and (
            _named_below(cell, name, below, rows[under], rows[under + 1 : under + 2])
            or (top == index and _logo_below(cell, below, rows[under], typical))
            or (top == index and _shop_word_below(cell, below, rows[under]))
            or (top == index and _company_word_below(cell, below, rows[under]))
            or _last_word_below(rows, index, cell, below)
        ):
            name += " " + below[0].text
    return name, top


_HYPHEN_END = re.compile(r"[^\W\d_]-$")


def _branch_and_form(below: list[Cell]) -> bool:
    """`PASARAYA SRI INDAH` over `(KLANG) SDN. BHD.`: the line under the name holds only
    the place in brackets a company names itself after, and its legal form; the name goes
    on with them."""
    branch = _BRANCH.match(below[0].text) if len(below) == 1 else None
    rest = below[0].text[branch.end() :] if branch else ""
    return branch is not None and bool(LEGAL_FORMS.search(rest)) and _bare_form(rest)


_BRANCH = re.compile(r"\s*\(\s*[^\W\d_]{2,}(?:[ -][^\W\d_]{2,}){0,2}\s*\)")


def _next_line(rows: Sequence[Row], index: int, cell: Cell, step: int) -> tuple[list[Cell], int]:
    """The cells of the line over (`step` -1) or under (`step` 1) `cell` in its own
    column, and that line's row: the next row, or the one past it where the next holds
    only another column's text (an invoice's title `FACTURA ELECTRÓNICA` / `DE VENTA`
    beside the name's two lines, the address beside a practice's name over its owner's,
    `Praxis für Physiotherapie` / `Tanja Albrecht`)."""
    below = step > 0
    near = _cells_near(rows[index + step], cell, below=below)
    past = index + 2 * step
    if (
        near
        or not 0 <= past < len(rows)
        or any(overlaps(other, cell) for other in rows[index + step].phrases())
    ):
        return near, index + step
    return _cells_near(rows[past], cell, below=below), past


#: Words listed with marks between them: a tagline of trades (`Hardware * Household *
#: Stationery`, `COFFEE·TOAST·NOODLES`), no part of a name over or under it.
_LISTED = re.compile(r"[^\W\d_]\s*[·•|*]\s*[^\W\d_]")


def _opens_wrapped_name(above: list[Cell], parts: list[Cell]) -> bool:
    """A Malay name's opening words over the rest of a name whose form ends it a line
    below, all in the same type (`SYARIKAT PERNIAGAAN` / `HENG LEONG MOTOR` / `SDN.
    BHD.`): one name over three lines."""
    if len(above) != 1 or len(parts) != 2:
        return False
    form = parts[1].text
    return bool(_bare_form(form) and LEGAL_FORMS.search(form)) and _malay_opening(
        above[0], parts[0]
    )


#: An Indian business name's opening honorific (`SRI VENKATESHWARA`, `SHREE GANESH`), its
#: deity's or founder's name after it; its `M/S.` (Messrs) before it (`M/S. SRI LAKSHMI`
#: over `FILLING STATION`).
_HONORIFIC = re.compile(
    r"^\W*(?:M/S\.?\s*)?(?:SRI|SHRI|SHREE|SREE)\s+[A-Z]+(?:\s+[A-Z]+)?\s*$"
)


def _honorific_opening(above: list[Cell], name: Cell) -> bool:
    """`SRI VENKATESHWARA` over `IYENGAR BAKERY`: a name's opening honorific and the name
    after it, over the rest of the name in the same type; one name over two lines."""
    return (
        len(above) == 1
        and _HONORIFIC.match(above[0].text) is not None
        and _capitals(name.text)
        and _alike_in_height(above[0], name)
    )


def _practice_over_owner(above: list[Cell], name: Cell) -> bool:
    """`Praxis für Physiotherapie` over `Tanja Albrecht`: a practice named by its trade
    over the name of who runs it set larger, the letterhead's title; one name over two
    lines, as a single trade word over a name is (`_named_below`). In a party block's
    lines of one size, the name under the practice's is its owner's or contact's."""
    return (
        len(above) == 1
        and _PRACTICE.fullmatch(above[0].text) is not None
        and name.height >= TALLER * above[0].height
        and _capitals(above[0].text) == _capitals(name.text)
        and _distinctive(name.text)
    )


#: A practice by its trade alone (`Praxis für Physiotherapie`, `Zahnarztpraxis`).
_PRACTICE = re.compile(
    r"\W*(?:praxis\s+f[üu]r(?:\s+[^\W\d_]+){1,2}|[^\W\d_]+praxis)\W*", re.IGNORECASE
)


def _last_word_registered(above: list[Cell], cell: Cell) -> bool:
    """`SYARIKAT PERNIAGAAN HENG` over `LOONG (000987654-K)`: a name in large type wrapped
    before its last word, which the registration number follows on its line. One word
    alone is no company's name."""
    word = clean_name(cell.text)
    head = above[0] if len(above) == 1 else None
    return (
        head is not None
        and REGISTRATION.search(cell.text) is not None
        and re.fullmatch(r"[A-Z][A-Z0-9]{2,}", word) is not None
        and _capitals(head.text)
        and len(head.text.split()) >= 2
        and not any(ch.isdigit() for ch in head.text)
        and _alike_in_height(head, cell)
    )


def _malay_opening(head: Cell, name: Cell) -> bool:
    """A Malay name's opening words (`KEDAI PERKAKASAN`, `SYARIKAT PERNIAGAAN`), saying
    only what the business is, over the rest of the name in the same type."""
    return bool(
        _HEAD_NOUN.match(head.text)
        and _says_what(head.text)
        and _alike_in_height(head, name)
    )


def _alike_in_height(one: Cell, other: Cell) -> bool:
    """Two lines of a name in the same type: heights within a quarter of each other."""
    return abs(one.height - other.height) <= 0.25 * max(one.height, other.height)


def _capitals(text: str) -> bool:
    """Whether the text's letters are all capitals (and it has some)."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _first_word(text: str) -> str:
    words = text.split()
    return key(words[0]) if words else ""


def _last_word_below(rows: Sequence[Row], index: int, cell: Cell, below: list[Cell]) -> bool:
    """A name's last word wrapped onto a line of its own over the registration number
    (`KEDAI KOPI DAN MAKANAN CHOP WING` / `ONN` / `(001845623-K)`): a word of letters in
    the name's case and type, right over a line holding only the number."""
    if len(below) != 1 or index + 2 >= len(rows) or LEGAL_FORMS.search(cell.text):
        return False
    return _tail_over_number(cell, below[0], rows[index + 2])


def _owner_over_number(above: list[Cell], cell: Cell, under: Sequence[Row]) -> bool:
    """`RESTORAN NASI AYAM HAINAN` over `LOKE KEE` over `(SA0123987-X)`: the end of a
    name a Malay head noun opens, over its registration number (`under`, the next row)."""
    return (
        len(above) == 1
        and bool(under)
        and not LEGAL_FORMS.search(above[0].text)
        and _HEAD_NOUN.match(above[0].text) is not None
        and _tail_over_number(above[0], cell, under[0])
    )


def _restates(sign: str, name: str) -> bool:
    """The line under a sign says a word of it again: a company restating the sign's name
    (`KEDAI KOPI HENG LEE` / `HENG LEE TRADING`), a name of its own, not the sign's end."""
    said = {key(word) for word in re.findall(r"[^\W\d_]+", sign)}
    return any(key(word) in said for word in re.findall(r"[^\W\d_]+", name))


def _tail_over_number(head: Cell, tail: Cell, number: Row) -> bool:
    """`tail` ends the name `head` begins, set over the line of its registration number
    alone: one word of letters in the name's case and type, up to three after a Malay
    head noun (`RESTORAN NASI AYAM HAINAN` / `LOKE KEE`, `RESTORAN WONG` / `KEE CHICKEN
    RICE`, over `(SA0123987-X)`), or two ending in a sole trader's word, which may be set
    smaller (`KRAFTANGAN WARISAN` / `MELAKA TRADING`)."""
    sole = _SOLE_TRADERS_WORD.search(tail.text) is not None
    words = 3 if _HEAD_NOUN.match(head.text) else 2 if sole else 1
    shape = rf"[^\W\d_]{{2,}}(?: [^\W\d_]{{2,}}){{0,{words - 1}}}"
    return (
        not _restates(head.text, tail.text)
        and re.fullmatch(shape, tail.text) is not None
        and tail.text.isupper() == head.text.isupper()
        and (_alike_in_height(head, tail) or (sole and tail.height < head.height))
        and REGISTRATION.search(number.text) is not None
        and not _distinctive(number.text)
    )


#: The word a Malaysian sole trader's or partnership's registered name ends with, saying
#: no more than that it is a business (`MELAKA TRADING`, `SERVICES SDN BHD`).
_SOLE_TRADERS_WORD = re.compile(r"\b(?:TRADING|ENTERPRISES?|SERVICES)$")


#: How much larger than the page's typical line a logo's two lines are at least: less
#: than `LARGE`, as a photo's blur pads every line's box by about as much, which makes
#: small type look larger beside large (`THE COPPER` 1.6 times the typical line on a
#: scan, 1.3 times on a phone photo of it).
LOGO_LARGE = 1.25


def _logo_below(cell: Cell, below: list[Cell], row: Row, typical: float) -> bool:
    """A logo's name set large over two lines (`THE COPPER` / `SKILLET`, `CORRIB` /
    `FUELS`, `RIDGEVIEW` / `HARDWARE & SUPPLY`): the line under it alone, as large, a
    word or two (an `&` between them) with no form or digit; not trades set in another
    case (a tagline: `SANJEEVANI MEDICALS` / `Chemists & Druggists`)."""
    return (
        cell.height >= LOGO_LARGE * typical
        and len(below) == 1
        and not (below[0].text.isupper() != cell.text.isupper() and _trade_only(below[0].text))
        and len(row.phrases()) == 1
        and below[0].height >= min(LOGO_LARGE * typical, 0.85 * cell.height)
        and len([word for word in below[0].text.split() if word != "&"]) <= 2
        # A short last word is a name's too (`DROGISTERIJ VAN` / `DAM`).
        and (may_name(below[0].text) or re.fullmatch(r"[^\W\d_]{2,3}", below[0].text.strip()))
        and not LEGAL_FORMS.search(cell.text)
        and not LEGAL_FORMS.search(below[0].text)
        and not _address(below[0].text)
        and not any(ch.isdigit() for ch in below[0].text)
    )


#: The one word a shop's sign sets under its name to say what it is, which is part of
#: the name a person writes down (`KAVANAGH'S` / `FOODSTORE`, `GREEN BASKET` / `MARKET`).
_SHOP_WORD = re.compile(
    r"(?:food|book|drug)?stores?|(?:super|mini)?market|(?:super|mini)?mart|grocery|grocers"
    r"|pharmacy|chemists?|bakery|deli(?:catessen)?|butchers?|pizzeria|diner|kitchen|tavern"
    r"|pub|bookshop|newsagents?|hardware|drogisterij|bakkerij|slagerij|apotheek|outfitters"
    r"|station|salon|boutique|florists?|garage|grill|books",
    re.IGNORECASE,
)


def _shop_word_below(cell: Cell, below: list[Cell], row: Row) -> bool:
    """The name heading the page, a word or two that do not say what the business is, over
    one word that does, alone on its line: a shop's sign (`KAVANAGH'S` / `FOODSTORE`).
    Not under a registered company's name, whose form ends it."""
    words = cell.text.split()
    return (
        len(below) == 1
        and len(row.phrases()) == 1
        and _SHOP_WORD.fullmatch(below[0].text.strip(" .")) is not None
        and 1 <= len(words) <= 3
        and not _says_what(cell.text)
        and not LEGAL_FORMS.search(cell.text)
        and not any(ch.isdigit() for ch in cell.text)
    )


def _company_word_below(cell: Cell, below: list[Cell], row: Row) -> bool:
    """A logo's word or two set large over the rest of the name in smaller capitals, ending
    in the word for a company (`GREENLEAF` / `BOWL CO.`, `KEYSTONE` / `LUMBER & HARDWARE
    CO.`, `Riverbend` / `FOOD CO-OP`): one name over two lines."""
    rest = below[0].text.strip() if len(below) == 1 else ""
    return (
        len(row.phrases()) == 1
        and _COMPANY_WORD_END.search(rest) is not None
        and len(rest.split()) <= 4
        and rest.isupper()
        and not any(ch.isdigit() for ch in rest + cell.text)
        and 1 <= len(cell.text.split()) <= 2
        and cell.height >= 1.2 * below[0].height
        and not LEGAL_FORMS.search(cell.text)
    )


#: The word for a company ending a name: `CO.`, `CO-OP`, `COMPANY`.
_COMPANY_WORD_END = re.compile(r"\b(?:CO\.?|CO-?OP|COMPANY)$")


def _lettering(above: list[Cell], text: str) -> bool:
    """A brand's short lettering over the word of its trade (`CVS` / `pharmacy`): too
    short to be a name alone, the first part of this one."""
    return (
        len(above) == 1
        and re.fullmatch(r"[A-Z][A-Z&]{1,3}", above[0].text.strip()) is not None
        and _says_what(text)
    )


def _says_what(text: str) -> bool:
    """Only what a business is (`pharmacy`, `Bäckerei`, `FOOD CORPORATION`), not who."""
    return not _distinctive(text) or _trade_only(_without_form(text))


def _named_below(
    cell: Cell, name: str, below: list[Cell], row: Row, after: Sequence[Row] = ()
) -> bool:
    """A trade alone heading the page (`Bäckerei`) over the words that name the business
    (`Konditorei Huber`): one name over two lines, whatever another column prints beside
    them. A registered company's whole name below (`MJ BOOKSTORE` over `MEGA JAYA
    STATIONERY & BOOKSTORE SDN BHD`) is a name of its own, also where its form ends it on
    the line `after` (`RESTORAN 168` over `ONE SIX EIGHT FOOD & BEVERAGE` / `SDN BHD
    (1198877-V)`)."""
    return (
        _says_what(name)
        and not (after and _bare_form(after[0].text) and LEGAL_FORMS.search(after[0].text))
        and len(below) == 1
        and not LEGAL_FORMS.search(below[0].text)
        and all(other.x >= cell.right for other in row.phrases()[1:])
        and may_name(below[0].text)
        and not _address(below[0].text)
        and not _says_what(below[0].text)
        and not amounts(row.text)
        and not any(ch.isdigit() for ch in below[0].text)
    )


def _wrapped(above: list[Cell], cell: Cell) -> bool:
    """A long name wrapped over two lines (`KEDAI UBAT & RUNCIT HONG` / `NING SDN. BHD.`):
    the line holds one word of its own before the company form, and the line over it, in
    the same type and in capitals, two words or more of a name with no form of its own.
    One word over it is a brand's lettering (`IKEA` over `IKANO PTE LTD`), and a word of
    its initials a company named after it. A Malay name's opening words over the rest
    (`KEDAI PERKAKASAN` / `SENG HUAT SDN. BHD.`) are one, and its head noun may open two
    words over two of their own (`KEDAI BUKU ANTARABANGSA` / `SRI PETALING SDN BHD`)."""
    form = LEGAL_FORMS.search(cell.text)
    if form is None or len(above) != 1:
        return False
    own = re.findall(r"[^\W\d_]{2,}", REGISTRATION.sub(" ", cell.text[: form.start()]))
    if _HEAD_NOUN.match(above[0].text) and _says_what(above[0].text):
        # Not a company that names its own trade (`KEDAI BESI` over `TECK GUAN HARDWARE &
        # BUILDING MATERIALS SDN BHD`): the shop's trade in Malay over a whole name.
        names_trade = any(_trade_only(word, _LINE_OF_BUSINESS) for word in own[1:])
        return not names_trade and _malay_opening(above[0], cell)
    line = above[0]
    words = re.findall(r"[^\W\d_]+", line.text)
    # `KOPI & KAYA CAFE` over `KK F&B PTE LTD`: a company named by the brand's initials.
    initials = "".join(word[0] for word in words).upper()
    # Not a brand and its trade with their form (`KEDAI CERMIN MATA` over `EYEMAX OPTICAL
    # (M) SDN BHD`): a company's whole name under the shop's trade in Malay.
    opened = (
        _HEAD_NOUN.match(line.text)
        and not _restates(line.text, " ".join(own))
        and not (own and _trade_only(own[-1]))
    )
    return (
        (
            len(own) == 1
            or (len(own) == 2 and (_LONG_NAMED_FORM.search(cell.text) is not None or opened))
        )
        and not initials.startswith(own[0].upper())
        and len(words) >= 2
        and line.text.isupper()
        and cell.text[: form.start()].isupper()
        and not any(ch.isdigit() for ch in line.text)
        and (
            abs(line.height - cell.height) <= _same_type(line, cell) * max(line.height, cell.height)
            # A business word alone before the form names no one (`SPARKLE LAUNDRY` over
            # `SERVICES SDN BHD`, set smaller).
            or (_SOLE_TRADERS_WORD.search(own[0].upper()) is not None and cell.height < line.height)
        )
    )


def _same_type(one: Cell, other: Cell) -> float:
    """How far apart two lines' heights may be in the same type: further where a capital
    carries an accent (`FERRETERÍA INDUSTRIAL` over `SANTA ROSA S.A.C.`), which the line's
    box rises to take in."""
    accented = any(
        ch.isupper() and len(unicodedata.normalize("NFD", ch)) > 1 for ch in one.text + other.text
    )
    return 0.25 if accented else 0.15


#: Spanish America's company forms, ending names that run long (`FERRETERÍA INDUSTRIAL` /
#: `SANTA ROSA S.A.C.`, `TALLERES METALÚRGICOS` / `RÍO CUARTO S.R.L.`): two words of their
#: own under the name's opening still end a name wrapped over two lines.
_LONG_NAMED_FORM = re.compile(
    r"\b(?:S\.\s?A\.\s?[SC]|S\.\s?R\.\s?L|E\.\s?I\.\s?R\.\s?L|S\.\s?A\.\s+DE\s+C\.\s?V)\.?\s*$",
    re.IGNORECASE,
)


def _bare_form(text: str) -> bool:
    """A company form or trade and no word of a name (`SDN BHD`, `CO. (M) SDN BHD`,
    `TRADING SDN BHD`): the end of the name over it. Two letters are a name's word
    (`HS Hardware Trading Sdn Bhd` is a company of its own)."""
    return not re.search(r"[^\W\d_]{2,}", _beyond_form(text))


def _distinctive(name: str) -> bool:
    """Words of its own beyond the company form and registration: `CO. (M) SDN BHD`
    and `Co-Reg: 360671-D` have none."""
    return sum(ch.isalpha() for ch in re.sub(r"\b\w\b", " ", _beyond_form(name))) >= 3


def _beyond_form(name: str) -> str:
    """What the name says beyond its company form or trade, registration and brackets."""
    unlabelled = _REGISTRATION_LABEL.sub(" ", clean_name(name))
    rest = COMPANY_WORDS.sub(" ", REGISTRATION.sub(" ", unlabelled))
    return _unbracketed(rest)


#: The label of a registration number (`Co. Reg:`, `Co-Reg`, `Company No.`).
_REGISTRATION_LABEL = re.compile(r"\bco(?:mpany)?\b\W*(?:reg(?:istration)?|no)\b\.?", re.I)


def _registered_sign(rows: Sequence[Row], index: int, cell: Cell) -> bool:
    """A name of trade words registered as such, the sign over it in its words (`ROTIEMAS`
    over `ROTI EMAS BAKERY & CONFECTIONERY` / `(SA0234567-D)`, golden bread): the name,
    not a line saying what the business does (`DOBI LAYAN DIRI & DOBI BIASA`)."""
    signs = (key(c.text) for row in rows[max(0, index - 2) : index] for c in row.phrases())
    return any(len(sign) >= 4 and sign in key(cell.text) for sign in signs) and _registered(
        rows, index, cell
    )


def _registered(rows: Sequence[Row], index: int, cell: Cell) -> bool:
    """A company registration number on the name's line, or alone on the line right
    under it or under a bracketed aside (a line with a name of its own and a number is
    that name's)."""
    if REGISTRATION.search(rows[index].text):
        return True
    anchor = cell
    for later in range(index + 1, min(len(rows), index + 3)):
        below = _cells_near(rows[later], anchor, below=True)
        if any(REGISTRATION.search(c.text) and not _distinctive(c.text) for c in below):
            return True
        if not (below and all(_aside(c.text) for c in below)):
            break
        anchor = below[0]
    return False


_STREET = (
    r"(?:road|rd|street|st|avenue|ave|lane|drive|dr|boulevard|blvd|highway|hwy|parade|pde"
    rf"|crescent|close|court|ct|place|pl|terrace|way|{STREET_BEFORE_NAME})"
)
#: An Irish county ending an address line (`Oranmore, Co. Galway`): no company's `Co.`.
_COUNTY = re.compile(r",\s*Co\.\s+[A-Z][a-z]+\.?\s*$")
_ADDRESS = re.compile(
    # A postcode; not a shop's number (`Subway#42210-0`).
    r"(?<!#)\b\d{4,6}\b|\d.*,|,.*\d|\b(?:jalan|jln|lot|taman|no\.?\s*\d)\b"
    r"|stra(?:ß|ss)e\b|\bstr\.|\b(?:rue|boulevard|chemin|weg|laan|straat)\b"
    # A street with its number: `401 N Elm St`, `Via Roma 12`, `Keizersgracht 391-A`
    # (a street word alone is no address: `Elm Street Garage`).
    rf"|\b\d+[a-z]?\s+(?:[\w'.-]+\s+){{0,3}}{_STREET}\b"
    rf"|\b{_STREET}\.?\s+(?:[\w'.-]+\s+){{0,3}}\d"
    r"|\w(?:gracht|kade|plein|singel|dijk|straat|laan|weg|gasse|platz|allee|damm|ufer|str\."
    r"|markt|steeg|dreef|gade|vej|gatan|gata|v[äa]gen|veien|vegen|torget|torv|plads)\s*\d"
    # A street before the town (`Dublin Road, Oranmore`), an Irish county (`Co. Galway`).
    rf"|\b{_STREET}\.?\s*,|{_COUNTY.pattern}",
    re.IGNORECASE,
)


#: A unit in a mall or block (`Shop G12`, `Unit 5`, `#02-15`) or a floor (`G/F`, `3/F`):
#: an address, whatever trade word it holds.
_UNIT = re.compile(
    r"\b(?:shop|unit|stall|kiosk)\s*[A-Z]?\d+[A-Z]?\b|#\d{1,2}-\d{1,4}\b|\b(?:[GLB]|\d{1,2})/F\b",
    re.IGNORECASE,
)


#: The rows at the head of a page, over any address: a logo's letters, a brand, a name.
HEAD_ROWS = 2


def _after_address(rows: Sequence[Row], index: int, cell: Cell) -> bool:
    """A line right under an address line is more address (town, state, country); not a
    registered company's name at the head of the page, as no address opens a page (`TAXI
    2811`, a cab's sign and number, over `Brenner Taxi GmbH`; a petrol station's name by
    its place, `PETROLMAS KM12 JLN KLANG LAMA`, over `SYARIKAT MINYAK KM12 SDN BHD`), nor
    the chain's company under its outlet's address, with its registration number
    (`TESMA STORES (MALAYSIA) SDN BHD` / `Co. No. 519532-U`) or its tax id (`Coastline
    Petroleum Pty Ltd` / `ABN 52 170 214 042`)."""
    registered = any(REGISTRATION.search(row.text) for row in rows[index : index + 2]) or (
        index + 1 < len(rows) and party_ids(rows[index + 1].text)
    )
    if index == 0 or (LEGAL_FORMS.search(cell.text) and (index <= HEAD_ROWS or registered)):
        return False
    return any(
        _address(c.text) and not _PHONE_ONLY.match(c.text)
        for c in _cells_near(rows[index - 1], cell, below=False)
    )


#: A phone number alone with its label (`Cell: 98480 21734`): a line of the letterhead
#: a name may follow, no address it would be the town of.
_PHONE_ONLY = re.compile(
    r"\W*(?:tel|phone|ph|cell|mobile|mob|h/?p|fax|whatsapp)\b\.?\s*(?:no\b\.?)?\s*[:.]?"
    r"\s*[+(\d][\d\s()/+.-]*$",
    re.IGNORECASE,
)


def _beside_customer_label(rows: Sequence[Row]) -> set[str]:
    """The names printed right after a customer label of their own on a row (a payment
    advice's `Customer | Harrogate Dental Care Ltd`), as keys."""
    named = set()
    for index, row in enumerate(rows):
        phrases = row.phrases()
        for label, value in pairwise(phrases):
            text = label.text.strip(" :")
            if (
                CUSTOMER_LABELS.fullmatch(text)
                and may_name(value.text)
                and not _heads_its_block(rows, index, label, value)
            ):
                named.add(key(clean_name(value.text)))
    return named


def _heads_its_block(rows: Sequence[Row], index: int, label: Cell, beside: Cell) -> bool:
    """Whether a customer label heads a box with the customer named under it (`SOLD TO`
    over `CAHAYA PLASTIC INDUSTRIES SDN BHD`), the name a column apart on its row being
    another party's (the seller's, set at the top right)."""
    if beside.x - label.right < 4 * label.height:
        return False
    return any(
        overlaps(cell, label) and may_name(cell.text) and not _address(cell.text)
        for row in rows[index + 1 : index + 3]
        for cell in row.phrases()
    )


def _bare_address(text: str) -> bool:
    """An address with no company word in it (`Unit 7, Kirkstall Trade Park`); an Irish
    county (`Dublin Road, Oranmore, Co. Galway`) is no company."""
    return _address(text) and not COMPANY_WORDS.search(_COUNTY.sub("", text))


def _address(text: str) -> bool:
    """A street, postcode or `number, place` line (a bare reference code is not one, nor
    a tagline's year: `Ferramenta dal 1968`, `since 1921`, nor a company's registration
    number: `NSK TRADE CITY (626470-P)`)."""
    text = REGISTRATION.sub("", _FOUNDED.sub("", text))
    return bool(_ADDRESS.search(text)) and sum(ch.isalpha() for ch in text) >= 3


_FOUNDED = re.compile(
    r"\b(?:dal|since|seit|depuis|desde|sinds|est\.?|established|gegr(?:ündet|\.))\s+(?:1[89]|20)\d\d\b",
    re.IGNORECASE,
)


def _fuller(rows: Sequence[Row], short: str) -> str | None:
    """A longer name starting with `short` and carrying a company form (the return
    address prints `Alphabet`, the letterhead `Alphabet Fuhrparkmanagement GmbH`), or
    the same person's name in full (`Dr. Albers` of `Dr. med. dent. Katrin Albers`). A
    name with its legal form is whole already (`Ashcombe Pryce LLP` is not the start of
    `Ashcombe Pryce LLP, Sort code 30-94-41, …`)."""
    if LEGAL_FORMS.search(short):
        return None
    wanted = key(short)
    for row in rows:
        for cell in row.phrases():
            text = clean_name(cell.text)
            # Not the short name with its address after a comma (a sender line's
            # `Einwohnergemeinde Lyss, Marktplatz 6, 3250 Lyss`).
            if key(text.partition(",")[0]) == wanted:
                continue
            longer = key(text).startswith(wanted) and len(key(text)) > len(wanted)
            spelled_out = (longer and COMPANY_WORDS.search(text)) or _in_full(short, text)
            if spelled_out and may_name(text):
                return text
    return None


def _in_full(short: str, name: str) -> bool:
    """`Dr. Albers` and `Dr. med. dent. Katrin Albers`: more words between the same first
    and last word."""
    few, many = short.split(), name.split()
    return (
        2 <= len(few) < len(many)
        and key(few[0]) == key(many[0])
        and key(few[-1]) == key(many[-1])
        and len(key(few[-1])) >= 3
    )


def _counts(rows: Sequence[Row]) -> dict[str, int]:
    """How often each phrase is printed: the issuer's name recurs (letterhead, footer,
    account holder)."""
    counts: dict[str, int] = {}
    for row in rows:
        for cell in row.phrases():
            for part in re.split(r"\s*[·•|]\s*", cell.text):
                name = key(clean_name(part))
                if name:
                    counts[name] = counts.get(name, 0) + 1
    return counts


def _cells_near(row: Row, cell: Cell, *, below: bool) -> list[Cell]:
    """The cells of a neighbouring `row` under or over `cell`, if the lines are close: the
    upper line's top at most 1.8 of its own height over the lower's (a large logo over a
    line in small type)."""
    near = []
    for other in row.phrases():
        gap = other.y - cell.y if below else cell.y - other.y
        if overlaps(other, cell) and 0 < gap <= 1.8 * (cell if below else other).height:
            near.append(other)
    return near
