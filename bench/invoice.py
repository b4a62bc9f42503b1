"""Invoice benchmark: the offline `invoice` pipeline on real receipts, beside a naive baseline.

    python bench/invoice.py [--data ../shared/data/receipts] [--verbose]

For each labelled receipt (an image with a `.json` beside it holding `company`,
`date` and `total`, as in SROIE) it runs what `mmbot run --skill invoice` runs
without a model: upright OCR (RapidOCR), reading-order rows, rule extraction and
the checks. The naive baseline uses the same OCR lines in detection order: the
first number after the word TOTAL, the first numeric date, the first line as the
vendor. Fields a label leaves empty are left out of that field's count. Comparison is
normalised: totals as numbers to the cent, dates as ISO
(labels read day first), vendors upper-cased with everything but letters and
digits removed. Seconds per receipt are measured after one warm-up receipt.
"""

import argparse
import json
import re
import statistics
import sys
import time
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.config import ProviderSettings
from bot.invoices.dates import find_dates
from bot.invoices.layout import rows
from bot.invoices.reading import MAX_SIDE, read_page
from bot.invoices.rules import extract
from bot.invoices.validate import checks, needs_review
from bot.media.image import open_image
from bot.providers.ocr import LocalOcr
from bot.providers.types import OcrResult

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "receipts"
TARGETS = {"total": 0.90, "date": 0.90, "vendor": 0.75}
SECONDS_TARGET = 2.0


@dataclass
class Truth:
    image: Path
    vendor: str | None
    date: str | None
    total: Decimal | None


@dataclass
class Guess:
    vendor: str | None
    date: str | None
    total: float | None


def labelled(root: Path) -> list[Truth]:
    found = []
    for label in sorted(root.rglob("*.json")):
        image = next(
            (
                label.with_suffix(s)
                for s in (".jpg", ".jpeg", ".png", ".page1.png")
                if label.with_suffix(s).exists()
            ),
            None,
        )
        if image is None:
            continue
        data = json.loads(label.read_text())
        dates = find_dates(data.get("date") or "", day_first=True)
        found.append(
            Truth(
                image,
                data.get("company"),
                dates[0].date.isoformat() if dates else None,
                _number(data.get("total")),
            )
        )
    return found


def _number(value: object) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(re.sub(r"[^\d.\-]", "", str(value)))
    except InvalidOperation:
        return None


def ours(ocr: LocalOcr, truth: Truth) -> tuple[Guess, OcrResult, float, float, bool]:
    """Our guess, the OCR reading, seconds to decode and read, seconds to extract and check."""
    started = time.perf_counter()
    image = open_image(truth.image, truth.image.name, near=MAX_SIDE).image
    reading, _ = read_page(ocr.ocr, image)
    read = time.perf_counter()
    invoice = extract(rows(reading.lines))
    review = needs_review(invoice, checks(invoice))
    extracted = time.perf_counter()
    guess = Guess(invoice.vendor, invoice.issue_date, invoice.total)
    return guess, reading, read - started, extracted - read, bool(review)


def naive(reading: OcrResult) -> Guess:
    text = "\n".join(line.text for line in reading.lines)
    total = re.search(r"total\D*?(\d+[.,]\d{2})", text, re.IGNORECASE)
    date = re.search(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})", text)
    iso = None
    if date:
        day, month, year = (int(part) for part in date.groups())
        year += 2000 if year < 100 else 0
        iso = f"{year:04d}-{month:02d}-{day:02d}"
    return Guess(
        reading.lines[0].text if reading.lines else None,
        iso,
        float(total.group(1).replace(",", ".")) if total else None,
    )


def _vendor_key(name: str | None) -> str:
    return re.sub(r"[\W_]", "", name or "").upper()


def scores(truth: Truth, guess: Guess) -> dict[str, bool]:
    return {
        "total": truth.total is not None
        and guess.total is not None
        and abs(Decimal(str(guess.total)) - truth.total) < Decimal("0.005"),
        "date": truth.date is not None and guess.date == truth.date,
        "vendor": bool(truth.vendor) and _vendor_key(guess.vendor) == _vendor_key(truth.vendor),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"skipped: no receipts at {args.data} (see ../shared/data/SOURCES.md)")
        return 0
    truths = labelled(args.data)
    if not truths:
        print(f"skipped: no labelled receipts under {args.data}")
        return 0

    ocr = LocalOcr("ocr", ProviderSettings(kind="local-ocr"))
    warm = time.perf_counter()
    ours(ocr, truths[0])
    print(f"{len(truths)} receipts from {args.data}; warm-up {time.perf_counter() - warm:.2f} s\n")

    tally = {"mmbot": dict.fromkeys(TARGETS, 0), "naive": dict.fromkeys(TARGETS, 0)}
    seconds, reading_seconds, rules_seconds, naive_seconds = [], [], [], []
    flagged_wrong = flagged = missed_wrong = 0
    for truth in truths:
        guess, reading, read_took, rules_took, review = ours(ocr, truth)
        started = time.perf_counter()
        baseline = naive(reading)
        naive_seconds.append(time.perf_counter() - started)
        reading_seconds.append(read_took)
        rules_seconds.append(rules_took)
        took = read_took + rules_took
        seconds.append(took)
        mine, theirs = scores(truth, guess), scores(truth, baseline)
        for field in TARGETS:
            tally["mmbot"][field] += mine[field]
            tally["naive"][field] += theirs[field]
        flagged += review
        wrong = any(not mine[f] for f in TARGETS if getattr(truth, f) not in (None, ""))
        flagged_wrong += review and wrong
        missed_wrong += not review and wrong
        if args.verbose:
            marks = " ".join(f"{f}:{'ok' if mine[f] else 'XX'}" for f in TARGETS)
            print(f"{truth.image.name:24} {took:5.2f}s {marks}  {guess}")
            if wrong:
                print(f"{'':24} truth: {truth.vendor!r} {truth.date} {truth.total}")

    count = len(truths)
    print(f"{'field':8} {'mmbot':>7} {'naive':>7} {'target':>7}")
    for field, target in TARGETS.items():
        labelled_count = sum(getattr(truth, field) not in (None, "") for truth in truths)
        ours_share = tally["mmbot"][field] / max(1, labelled_count)
        naive_share = tally["naive"][field] / max(1, labelled_count)
        verdict = "met" if ours_share >= target else "MISSED"
        print(f"{field:8} {ours_share:7.2f} {naive_share:7.2f} {target:7.2f}  {verdict}")
    mean, worst = statistics.fmean(seconds), max(seconds)
    met = "met" if mean <= SECONDS_TARGET else "MISSED"
    print(
        f"\nseconds per receipt, whole pipeline: mean {mean:.2f}, "
        f"median {statistics.median(seconds):.2f}, max {worst:.2f} "
        f"(target ≤ {SECONDS_TARGET:.1f} mean: {met})"
    )
    rules_ms = statistics.fmean(rules_seconds) * 1000
    naive_ms = statistics.fmean(naive_seconds) * 1000
    print(
        f"  of which decoding and OCR (the naive way needs the same): "
        f"{statistics.fmean(reading_seconds):.2f} s"
    )
    print(
        f"  extraction and checks: mmbot {rules_ms:.1f} ms, naive {naive_ms:.2f} ms "
        f"({rules_ms / max(naive_ms, 1e-6):.0f}× the naive regex, "
        f"{rules_ms / 10 / statistics.fmean(seconds):.1f}% of the pipeline)"
    )
    print(
        f"flagged needs_review: {flagged} of {count}, {flagged_wrong} of them with a wrong field; "
        f"{missed_wrong} receipts with a wrong field were not flagged"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
