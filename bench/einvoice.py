"""E-invoice benchmark: the fields read from the XML embedded in hybrid e-invoice PDFs.

    python bench/einvoice.py [--data ../shared/data/invoices/einvoice-dev] [--verbose]

For each PDF listed in `index.json` (its labels in `NAME.json`, parsed from the same
embedded XML), `bot.invoices.einvoice.embedded_invoice` reads the PDF and its total,
issue date, issuer (seller name), invoice number, currency, subtotal and tax are
compared with the labels exactly: amounts to the cent, the date as ISO, text fields
with runs of whitespace collapsed. Prints the accuracy per field and every miss.
No OCR: this measures the structured path only.
"""

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.invoices.einvoice import EInvoice, EInvoiceError, embedded_invoice

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "invoices" / "einvoice-dev"
#: Benchmark field → (label key, EInvoice attribute).
MEASURED = {
    "total": ("total", "grand_total"),
    "date": ("date", "issue_date"),
    "issuer": ("company", "seller_name"),
    "number": ("invoice_number", "invoice_number"),
    "currency": ("currency", "currency"),
    "subtotal": ("subtotal", "subtotal"),
    "tax": ("tax", "tax_total"),
}


def same(expected: Any, found: Any) -> bool:
    if isinstance(expected, int | float) and not isinstance(expected, bool):
        return isinstance(found, int | float) and abs(expected - found) < 0.005
    return " ".join(str(expected).split()) == " ".join(str(found or "").split())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--verbose", action="store_true", help="print every file's result")
    args = parser.parse_args()
    entries = json.loads((args.data / "index.json").read_text(encoding="utf-8"))
    right = {name: 0 for name in MEASURED}
    counted = {name: 0 for name in MEASURED}
    misses: list[str] = []
    started = time.perf_counter()
    for entry in entries:
        labels = json.loads((args.data / entry["labels"]).read_text(encoding="utf-8"))
        found: EInvoice | None
        try:
            found = embedded_invoice(args.data / entry["pdf"])
        except EInvoiceError as error:
            found, reason = None, f"refused: {error}"
        else:
            reason = "no embedded invoice found"
        for name, (label, attribute) in MEASURED.items():
            expected = labels.get(label)
            if expected is None:
                continue
            counted[name] += 1
            value = getattr(found, attribute) if found is not None else None
            if same(expected, value):
                right[name] += 1
            else:
                misses.append(
                    f"{entry['pdf']}: {name} {expected!r} ≠ {value!r}"
                    + ("" if found is not None else f" ({reason})")
                )
        if args.verbose and found is not None:
            print(f"{entry['pdf']}: {found.syntax} {found.attachment} {found.invoice_number}")
    seconds = time.perf_counter() - started
    print(f"{len(entries)} PDFs from {args.data}, {seconds / max(1, len(entries)):.3f} s each")
    for name in MEASURED:
        share = right[name] / counted[name] if counted[name] else float("nan")
        print(f"{name:9} {share:5.2f}  ({right[name]}/{counted[name]})")
    print(f"misses: {len(misses)}")
    for miss in misses:
        print("  " + miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
