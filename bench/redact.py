"""Redaction benchmark: per-type precision and recall on a labelled corpus generated here,
and throughput, beside a naive regex-only redactor measured in the same run.

    python bench/redact.py [--docs 4000] [--seed 7]

The corpus mixes English and Chinese business chatter with personal data in many
formats, and with look-alikes that must be left alone (amounts, dates, times,
invoice numbers, numbers failing their checksum). A prediction counts when it
overlaps a labelled span of the same type.

Throughput is measured on one core with each corpus as one text, and in two worker
processes redacting document by document (how the bot's job workers use it; each
worker holds the documents before the clock starts, so the figure is redaction, not
pickling). This machine's speed drifts by a third from minute to minute: compare
the ratios, and run it twice before trusting an absolute figure. The
filler is deliberately hard: about one English sentence in four carries a 16- to
18-digit number failing its checksum, which every number detector must rule out.
"""

import argparse
import random
import re
import string
import sys
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from stdnum import iban, luhn
from stdnum.cn import ric

from storage.redact import find_pii

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


def score(docs: list[tuple[str, list[Gold]]], predict: Callable[[str], list[Gold]]):
    tp, fp, fn = Counter(), Counter(), Counter()
    for text, gold in docs:
        predicted = predict(text)
        for start, end, kind in predicted:
            if any(k == kind and start < e and end > s for s, e, k in gold):
                tp[kind] += 1
            else:
                fp[kind] += 1
        for start, end, kind in gold:
            if not any(k == kind and start < e and end > s for s, e, k in predicted):
                fn[kind] += 1
    return tp, fp, fn


def throughput(text: str, predict: Callable[[str], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        predict(text)
        best = min(best, time.perf_counter() - started)
    return len(text.encode()) / 1e6 / best


_CORPORA: dict[str, list[str]] = {}
_PREDICTORS: dict[str, Callable[[str], object]] = {"mmbot": find_pii, "naive": naive_find}


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    docs = [document(rng, pii_rate=0.35) for _ in range(args.docs)]

    ours = lambda text: [(s.start, s.end, s.type) for s in find_pii(text)]  # noqa: E731
    results = {"mmbot": score(docs, ours), "naive": score(docs, naive_find)}
    print(f"labelled corpus: {len(docs)} documents, seed {args.seed}")
    print(f"{'type':8} {'gold':>5} | {'mmbot P':>8} {'R':>6} | {'naive P':>8} {'R':>6}")
    for kind in (*STRUCTURED, "NAME", "ADDRESS"):
        row = [f"{kind:8}"]
        gold_count = None
        for name in ("mmbot", "naive"):
            tp, fp, fn = results[name]
            gold_count = tp[kind] + fn[kind]
            precision = tp[kind] / (tp[kind] + fp[kind]) if tp[kind] + fp[kind] else 1.0
            recall = tp[kind] / gold_count if gold_count else 1.0
            row.append(f"{precision:8.3f} {recall:6.3f}")
        print(f"{row[0]} {gold_count:5d} | {row[1]} | {row[2]}")
    for name in ("mmbot", "naive"):
        tp, fp, fn = results[name]
        t = sum(tp[k] for k in STRUCTURED)
        p = t / (t + sum(fp[k] for k in STRUCTURED))
        r = t / (t + sum(fn[k] for k in STRUCTURED))
        print(f"{name}: structured types together: precision {p:.3f}, recall {r:.3f}")

    sparse_rng = random.Random(args.seed + 1)
    chat = [document(sparse_rng, pii_rate=0.02)[0] for _ in range(20000)]
    labelled = [text for text, _ in docs]
    corpora = {"chat": chat, "labelled": labelled}
    print(
        f"throughput on {sum(len(t.encode()) for t in chat) / 1e6:.1f} MB of chat "
        f"(2% PII sentences) and {sum(len(t.encode()) for t in labelled) / 1e6:.1f} MB of the "
        "labelled corpus (35%); best of 3:"
    )
    print("  one core, each corpus as one text:")
    for label, texts in corpora.items():
        whole = "".join(texts)
        report(label, throughput(whole, find_pii), throughput(whole, naive_find))
    print("  two worker processes, document by document:")
    with ProcessPoolExecutor(2, initializer=_hold, initargs=(corpora,)) as pool:
        list(pool.map(_redact_slice, ["chat"] * 2, ["mmbot"] * 2, [0, 10], [10, 20]))
        for label, texts in corpora.items():
            report(
                label,
                parallel_throughput(pool, label, texts, "mmbot"),
                parallel_throughput(pool, label, texts, "naive"),
            )


def report(label: str, mine: float, naive: float) -> None:
    ratio = mine / naive
    print(f"    {label:9} mmbot {mine:6.1f} MB/s   naive {naive:6.1f} MB/s   ratio {ratio:.2f}")


if __name__ == "__main__":
    main()
