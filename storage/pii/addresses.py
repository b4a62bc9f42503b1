"""Street addresses by their grammar, in the ways countries write them.

- number before the street word: `221B Baker Street`, `12, MG Road`, `Unit 5/12 George St`;
- street word before the name: `44 Rue des Lilas`, `Via Roma 12`, `Calle de Alcalá 50`;
- the street word inside the name, number after: `Hauptstraße 5`, `Keizersgracht 123`;
- post boxes and military mail: `PO Box 1234`, `PSC 1437, Box 383, APO AE 09021`;
- a Chinese road and number: `朝阳区建国路88号3栋201室`;
- whatever follows an `Address:` / `地址：` label on its line.

Each may go on with a flat or unit and a town with its postcode (`, Apt. 3, Lyon 69003`,
`, London NW1 6XE`, `, Springfield, IL 62704`, `, 10115 Berlin`), all part of the span.
"""

import re
from collections.abc import Iterator

from storage.pii.candidates import Candidate, Detector

#: Street suffixes: the USPS list (Publication 28, C1) with their plurals, and common
#: British, Irish, Australian, Indian and Malaysian ones.
STREET_WORDS = (
    "Street|Streets|St|Avenue|Ave|Road|Roads|Rd|Boulevard|Blvd|Lane|Ln|Drive|Drives|Dr|Court"
    "|Courts|Ct|Way|Ways|Place|Pl|Square|Squares|Sq|Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Circle"
    "|Circles|Cir|Crescent|Cres|Close|Row|Alley|Trail|Grove|Groves|Gardens|Mews|Walk|Hill|Hills"
    "|Parade|Esplanade|Quay|Wharf|Alley|Annex|Arcade|Bayou|Beach|Bend|Bluff|Bluffs|Bottom|Branch"
    "|Bridge|Brook|Brooks|Burg|Burgs|Bypass|Camp|Canyon|Cape|Causeway|Center|Centers|Cliff|Cliffs"
    "|Club|Common|Commons|Corner|Corners|Course|Cove|Coves|Creek|Crest|Crossing|Crossroad|Curve"
    "|Dale|Dam|Divide|Estate|Estates|Expressway|Extension|Extensions|Falls|Ferry|Field|Fields"
    "|Flat|Flats|Ford|Fords|Forest|Forge|Forges|Fork|Forks|Fort|Freeway|Garden|Gateway|Glen|Glens"
    "|Green|Greens|Harbor|Harbors|Harbour|Haven|Heights|Hollow|Inlet|Island|Islands|Isle|Junction"
    "|Junctions|Key|Keys|Knoll|Knolls|Lake|Lakes|Landing|Light|Lights|Loaf|Lock|Locks|Lodge|Loop"
    "|Mall|Manor|Manors|Meadow|Meadows|Mill|Mills|Mission|Motorway|Mount|Mountain|Mountains|Neck"
    "|Orchard|Oval|Overpass|Park|Parks|Parkways|Pass|Passage|Path|Pike|Pine|Pines|Plain|Plains"
    "|Plaza|Point|Points|Port|Ports|Prairie|Radial|Ramp|Ranch|Rapid|Rapids|Rest|Ridge|Ridges"
    "|River|Route|Run|Shoal|Shoals|Shore|Shores|Skyway|Spring|Springs|Spur|Spurs|Station"
    "|Stravenue|Stream|Summit|Throughway|Trace|Track|Trafficway|Tunnel|Turnpike|Underpass|Union"
    "|Unions|Valley|Valleys|Via|Viaduct|View|Views|Village|Villages|Ville|Vista|Well|Wells"
    "|Jalan|Jln|Marg|Nagar|Salai|Ganj|Chowk|Bazar|Bazaar|Colony"
)
#: Street words written before the street's name (French, Italian, Spanish, Portuguese …).
LEADING_STREET_WORDS = (
    "(?i:rue|avenue|av|avda|avenida|boulevard|bd|bld|chemin|allée|allee|impasse|quai|place|cours"
    "|route|via|viale|piazza|corso|largo|vicolo|calle|carrer|camino|paseo|plaza|pasaje|rambla"
    "|ronda|glorieta|cañada|urbanización|urbanizacion|callejón|alameda|rua|travessa|praça"
    "|strada|ulica|ul)"
)
#: Endings of street names that carry their street word (German, Dutch, Nordic …).
STREET_ENDINGS = (
    "(?i:straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|steig|pfad|chaussee|laan"
    "|straat|gracht|plein|kade|singel|dijk|vej|gade|gatan|gata|vägen|veien|gate|katu|tie)"
)

_UNIT = (
    r"(?:,?[ \t]*(?i:apt|apartment|suite|ste|unit|flat|floor|fl|room|rm|bldg|building|#|app"
    r"|appartement|étage|etage|piso|puerta|portal|escalera|wohnung|whg)\.?[ \t]*#?[\w/-]{1,6})"
)
_POSTCODE = (
    r"(?:\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"
    r"|\d{4,6}|\d{2}-\d{3}|\d{3}[ \t]\d{2})"
)
_CAPITAL = "[A-ZÀ-ÖØ-Þ]"
_TOWN = (
    rf"{_CAPITAL}[\w'’.-]*(?:[ \t]+(?:(?:am|an|der|de|la|le|sur|sous|en|im|bei|upon|on)[ \t]+)?"
    rf"{_CAPITAL}[\w'’.-]*){{0,3}}"
)
_REGION = r"[A-Z]{2,3}"
#: `, Lyon 69003`, `, London NW1 6XE`, `, Springfield, IL 62704`, `, 10115 Berlin`,
#: `, Sydney NSW 2000`, `, Toronto, ON M5V 2T6`, `, Gaya-974307`; or on the next line.
_TOWN_TAIL = (
    rf"(?:(?:,[ \t]*|[ \t]*\n[ \t]*)(?:(?:{_TOWN},[ \t]*)?{_TOWN}(?:,?[ \t]+{_REGION})?"
    rf"(?:,?[ \t]+|-){_POSTCODE}|{_POSTCODE}[ \t]+{_TOWN}"
    rf"|{_TOWN},[ \t]*{_REGION}(?![\w])|{_TOWN}(?=[ \t]*(?:$|[.;!?)\n])))(?![\w]))?"
)
_HOUSE = (
    r"(?<![\w.,/-])(?:(?i:unit|flat|apt|suite|ste|studio|h\.?[ \t]?no)\.?[ \t]*\w{1,5}"
    r"(?:[,/ \t]+\d{1,5}[A-Za-z]?(?:[/-]\d{1,5}[A-Za-z]?)?)?"
    r"|\d{1,5}[A-Za-z]?(?:[/-]\d{1,5}[A-Za-z]?)?)"
)
_NAME_WORD = r"(?:\d+(?:st|nd|rd|th)|[NSEW]\.?|[A-Z][\w'’.-]*)"
_PARTICLE = r"(?:de|des|du|la|le|les|del|della|di|da|do|dos|das|von|van|der|den|of|the|y|e)"

_NUMBER_FIRST = re.compile(
    rf"{_HOUSE},?(?:[ \t]+|[ \t]*\n)(?:{_NAME_WORD}[ \t]+){{1,4}}(?:{STREET_WORDS})\b\.?"
    rf"(?:[ \t]+(?:NW|NE|SW|SE|N|S|E|W)\b)?{_UNIT}?{_TOWN_TAIL}"
)
_STREET_WORD_FIRST = re.compile(
    rf"(?:{_HOUSE},?[ \t]+)?(?:{LEADING_STREET_WORDS})\.?[ \t]+"
    rf"(?:(?:{_PARTICLE}|[A-Z][\w'’-]*)[ \t]+){{0,4}}[A-Z][\w'’-]*"
    rf"(?:[ \t]+\d{{1,4}}[A-Za-z]?(?![\w.,]\d))?{_UNIT}?{_TOWN_TAIL}"
)
_NAME_HOLDS_STREET = re.compile(
    rf"(?<![\w-])[A-ZÄÖÜÅÆØ][\w-]*(?:{STREET_ENDINGS})[ \t]+\d{{1,4}}[a-zA-Z]?"
    rf"(?:[-/]\d{{1,4}}[a-zA-Z]?)?(?![\w.,]\d)"
    rf"{_UNIT}?{_TOWN_TAIL}"
)
_POST_BOX = re.compile(
    r"(?<![\w])(?:(?:(?:PSC|CMR|Unit)[ \t]+\d{3,5},?[ \t]*Box[ \t]+\d{1,5}"
    r"|(?:USNS|USNV|USS|USCGC)[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)"
    r",[ \t]*(?:APO|FPO|DPO)[ \t]+A[AEP][ \t]+\d{5}(?:-\d{4})?"
    r"|(?:(?i:p\.?[ \t]?o\.?[ \t]?box|pob|post[ \t]office[ \t]box|postfach|boîte[ \t]postale|bp)"
    rf"[ \t]+\d{{1,6}}){_TOWN_TAIL})"
)
_CN_ADDRESS = re.compile(
    r"(?:(?![在于住到从是的为往去至和与及址])[\u4e00-\u9fff]){2,30}?(?:路|街|大道|道|巷|弄|胡同|里)"
    r"\d{1,5}[号號](?:[\d-]{1,5}(?:栋|幢|楼|层|单元|室|号房?))*"
)
_LABELLED_ADDRESS = re.compile(
    r"(?i:\b(?:home[ \t]|mailing[ \t]|shipping[ \t]|billing[ \t]|delivery[ \t]|street[ \t])?address|\baddr\.?)"
    r"[ \t]*[:：][ \t]*([^\n\r\t|;\[]{6,120}?)(?=[ \t]*(?:$|[\n\r\t|;]|,?[ \t]+(?i:tel|phone|email|fax|mobile)\b))"
    r"|(?:地址|住址|收货地址|家庭住址|通讯地址)[ \t]*[:：]?[ \t]*([^\n\r\t|;，。\[ ]{4,60})",
    re.MULTILINE,
)


#: A number, then a street word that is also an English word, in lower case: `paid 200
#: via PayPal`, `rebooked 2 route Napoleon`.
_NUMBER_THEN_ENGLISH_WORD = re.compile(r"\S*\d[A-Za-z]?,?[ \t]+(?:via|route|place|plaza)\b")


def detect_addresses(text: str) -> Iterator[Candidate]:
    for pattern in (_NUMBER_FIRST, _STREET_WORD_FIRST, _NAME_HOLDS_STREET, _POST_BOX, _CN_ADDRESS):
        for match in pattern.finditer(text):
            if pattern is _STREET_WORD_FIRST and not _street_word_first(match.group()):
                continue
            yield Candidate(match.start(), match.end())
    for match in _LABELLED_ADDRESS.finditer(text):
        group = 1 if match.group(1) is not None else 2
        yield Candidate(match.start(group), match.end(group))


def _street_word_first(found: str) -> bool:
    """Whether a street-word-first match is an address: with a number beside it ("Via
    Slack", "Place Order" have none), and, where a number comes before a lower-case word
    that English uses too, with a town or a house number after the street's name."""
    if not any(ch.isdigit() for ch in found):
        return False
    if _NUMBER_THEN_ENGLISH_WORD.match(found):
        return "," in found or "\n" in found or found[-1].isdigit()
    return True


ADDRESSES = Detector(
    "ADDRESS",
    detect_addresses,
    triggers=(
        rf"\d[A-Za-z]?,?\s+(?:[^\s]+\s+){{0,4}}(?i:{STREET_WORDS})\b",
        r"(?:APO|FPO|DPO)[ \t]+A[AEP][ \t]+\d",
        r"(?i:pob[ \t]+\d)",
        rf"(?:{LEADING_STREET_WORDS})\.?[ \t]+[A-Za-z]",
        rf"(?i:{STREET_ENDINGS})[ \t]+\d",
        r"(?i:box[ \t]+\d|postfach|bo[iî]te[ \t]postale)",
        r"\d[号號]",
        "(?i:addr)|地址|住址",
    ),
    reach_before=72,
    reach_after=160,
)
