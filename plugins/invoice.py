"""`invoice`: receipts and invoices (images or PDFs) to validated JSON.

Every page is read by OCR (turned upright when photographed sideways) and its
lines put in reading order. With a vision model (`[routing] vision`) one
structured call gets the page images and the OCR text; with only a chat model,
the OCR text. Without a model, or when the model's answer is unusable, rules
over the lines and their layout extract the fields (`bot.invoices.rules`).
Then the same checks run on either answer, and the reply starts with the
verdict and the fields a person should look at. The JSON is attached.

A PDF that carries a structured e-invoice (Factur-X / ZUGFeRD / XRechnung XML,
`bot.invoices.einvoice`) gets its fields from that XML, exact (`source` is
`e-invoice`, confidence 1.0), and no model is asked; the pages are still read, and
where the page shows another total, issue date or invoice number than the XML, a
failed check and a warning name both values.

`data` holds the fields by the names in `bot.invoices.fields` for one file, or
`{"invoices": [...], "failed": [{"file", "error"}]}` for several. Page images of one
document dropped together (`Page 1 of 2`, `Page 2 of 2`) are read as one invoice,
with `files` naming them (`bot.invoices.pages`).
"""

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PIL import Image

from bot.errors import InputError
from bot.hookspecs import hookimpl
from bot.invoices.amounts import money
from bot.invoices.einvoice import (
    EInvoice,
    EInvoiceError,
    embedded_invoice,
    items_check,
    page_checks,
)
from bot.invoices.fields import FIELDS, MODEL_SCHEMA, REVIEWED, Invoice
from bot.invoices.layout import Row, rows
from bot.invoices.pages import Sheet, documents
from bot.invoices.pdf_pictures import page_pictures, with_pictures
from bot.invoices.pdf_text import text_layers
from bot.invoices.reading import MAX_SIDE, as_read, read_page
from bot.invoices.rules import extract
from bot.invoices.second_look import vendor_reading
from bot.invoices.validate import Check, checks, needs_review, verdict
from bot.media.image import load_images, png_bytes
from bot.providers import errors as provider_errors
from bot.providers.types import OcrLine, OcrResult
from bot.providers.untrusted import as_data
from bot.skills import Attachment, InputFile, JobContext, Option, Result, Skill

PROMPT = (
    "Extract this {kind}'s fields as JSON. Dates as YYYY-MM-DD, amounts as numbers without "
    "currency symbols, the currency as an ISO 4217 code, the vendor as printed (the business "
    "that issued it, not the customer). total is the final amount to pay. Set each field you "
    "cannot find to null and give your confidence per field. The OCR text of the document, "
    "in reading order, is below; where it and the image disagree, trust the image.\n\n{ocr}"
)
MODEL_PAGES = 3
LABELS = {
    "vendor": "Vendor",
    "invoice_number": "Invoice no.",
    "issue_date": "Date",
    "currency": "Currency",
    "subtotal": "Subtotal",
    "tax": "Tax",
    "total": "Total",
    "amount_due": "Amount due",
    "line_items": "Line items",
}


class InvoiceSkill(Skill):
    name = "invoice"
    description = "Receipts and invoices to checked JSON: vendor, date, totals, tax, line items"
    media = frozenset({"image", "pdf"})
    max_files = 10
    options = (
        Option(
            "engine",
            str,
            "auto",
            "who extracts the fields: a model when one is configured, else rules",
            ("auto", "model", "rules"),
        ),
        Option(
            "pdf_text",
            bool,
            True,
            "read a digital PDF's own text rather than OCR of its pages (no: OCR, as of a scan)",
        ),
    )

    def run(self, ctx: JobContext) -> Result:
        sheets: list[FileReading] = []
        positions: list[int] = []
        failed: list[dict[str, str]] = []
        for index, file in enumerate(ctx.files):
            try:
                sheets.append(read_file(ctx, file, _stepper(ctx, index, len(ctx.files))))
                positions.append(index)
            except InputError as error:
                if len(ctx.files) == 1:
                    raise
                failed.append({"file": file.name, "error": str(error)})
        reasons = [f"{item['file']}: {item['error']}" for item in failed]
        if not sheets:
            raise InputError("none of the files could be read: " + "; ".join(reasons))
        found: list[dict[str, Any]] = []
        warnings: list[str] = []
        groups = documents([Sheet(s.file.kind == "image", s.rows) for s in sheets])
        for members, why in groups:
            if why:
                *others, last = [sheets[i].file.name for i in members]
                names = f"{', '.join(others)} and {last}"
                warnings.append(f"I read {names} as the pages of one document: {why}.")
            step = _stepper(ctx, positions[members[-1]], len(ctx.files))
            data, notes = read_document(ctx, [sheets[i] for i in members], step)
            found.append(data)
            warnings.extend(notes)
        warnings.extend(reasons)
        payload = found[0] if len(ctx.files) == 1 else {"invoices": found, "failed": failed}
        return Result(
            text="\n\n".join(render(data) for data in found),
            data=payload,
            attachments=[_attach(ctx.workdir, data) for data in found],
            warnings=warnings,
        )


@dataclass
class FileReading:
    """One file as read: its page images, its rows in reading order (from each page's text
    layer or OCR), the pages OCR read with the turn that read them, and its embedded
    e-invoice."""

    file: InputFile
    pages: list[Image.Image]
    rows: list[Row]
    ocred: list[tuple[Image.Image, int, OcrResult]]
    embedded: EInvoice | None
    warnings: list[str]


def read_file(
    ctx: JobContext, file: InputFile, step: Callable[[float, str], None]
) -> FileReading:
    """One file's pages read: a PDF's text layer where it has one, else OCR."""
    pages = [loaded.image for loaded in load_images(file.path, file.name, file.kind, near=MAX_SIDE)]
    warnings: list[str] = []
    embedded: EInvoice | None = None
    if file.kind == "pdf":
        try:
            embedded = embedded_invoice(file.path)
        except EInvoiceError as error:
            warnings.append(
                f"{file.name}: its embedded e-invoice was not read ({error}); "
                "the fields come from the page."
            )
    call = ctx.call_context("invoice")
    layers = text_layers(file.path) if file.kind == "pdf" and ctx.options.get("pdf_text") else []
    pictures = page_pictures(file.path) if any(layer is not None for layer in layers) else []
    read_before: dict[str, OcrResult] = {}
    readings: list[OcrResult] = []
    ocred: list[tuple[Image.Image, int, OcrResult]] = []
    turned = 0
    for number, page in enumerate(pages, start=1):
        step(0.9 * (number - 1) / len(pages), f"reading page {number} of {len(pages)}")
        layer = layers[number - 1] if number <= len(layers) else None
        if layer is not None:
            shown = pictures[number - 1] if number <= len(pictures) else []
            try:
                layer = with_pictures(
                    layer, shown, lambda image: ctx.models.ocr(image, context=call), read_before
                )
            except provider_errors.ProviderError as error:
                warnings.append(
                    f"{file.name}: the pictures on page {number} were not read ({error}); "
                    "a name shown only in a logo is missing."
                )
            readings.append(layer)
            continue
        reading, turn = read_page(lambda image: ctx.models.ocr(image, context=call), page)
        readings.append(reading)
        ocred.append((page, turn, reading))
        turned = turned or turn
    if embedded is None and not any(reading.text.strip() for reading in readings):
        raise InputError(
            f"I found no text in {file.name}: is it a photo or scan of an invoice or receipt?"
        )
    if turned:
        how = "upside down" if turned == 180 else "sideways"
        warnings.append(f"{file.name} was {how}; I read it turned {turned}°.")
    return FileReading(file, pages, page_rows(readings), ocred, embedded, warnings)


def read_document(
    ctx: JobContext, parts: list[FileReading], step: Callable[[float, str], None]
) -> tuple[dict[str, Any], list[str]]:
    """One document's fields, checks and verdict (its pages may come in several image
    files), and any warnings for the user."""
    file = parts[0].file
    pages = [page for part in parts for page in part.pages]
    ocred = [page for part in parts for page in part.ocred]
    embedded = parts[0].embedded if len(parts) == 1 else None
    warnings = [warning for part in parts for warning in part.warnings]
    call = ctx.call_context("invoice")
    step(0.95, "extracting fields")
    lines = [row for part in parts for row in part.rows]
    rules = extract(lines)
    invoice, source = rules, "rules"
    engine = ctx.options.get("engine", "auto")
    if embedded is not None:
        invoice, source = embedded.to_invoice(), "e-invoice"
    elif engine != "rules" and (ctx.models.available("vision") or ctx.models.available("chat")):
        try:
            invoice, source = agree(ask_model(ctx, pages, lines, call), rules), "model"
        except provider_errors.ProviderError as error:
            warnings.append(
                f"{file.name}: the model's answer was unusable ({error}); "
                "these fields come from the offline rules."
            )
    elif engine == "model":
        warnings.append("No model is configured (`[routing] vision` or `chat`); used the rules.")
    done = checks(invoice)
    if embedded is None and ocred and "vendor" not in needs_review(invoice, done):
        done.append(second_look(ctx, invoice, ocred, call))
    if embedded is not None:
        done = [items_check(embedded) if check.name == "line_items" else check for check in done]
        against_page = page_checks(embedded, rules, "\n".join(row.text for row in lines))
        done.extend(against_page)
        warnings.extend(
            f"{file.name}: {check.message}." for check in against_page if check.ok is False
        )
    flagged = needs_review(invoice, done)
    data: dict[str, Any] = {
        "file": file.name,
        **({"files": [part.file.name for part in parts]} if len(parts) > 1 else {}),
        **{name: getattr(invoice, name) for name in FIELDS},
        "line_items": [vars(item) for item in invoice.line_items],
        "tax_included": invoice.tax_included,
        **({"rounding": invoice.rounding} if invoice.rounding is not None else {}),
        **({"charges": invoice.charges} if invoice.charges is not None else {}),
        **({"line_total": invoice.line_total} if invoice.line_total is not None else {}),
        **({"amount_due": invoice.amount_due} if invoice.amount_due is not None else {}),
        "confidence": invoice.confidence,
        "needs_review": flagged,
        "verdict": verdict(flagged),
        "checks": [check.as_dict() for check in done],
        "source": source,
        "pages": len(pages),
    }
    if embedded is not None:
        data["e_invoice"] = embedded.summary()
    return data, warnings


def second_look(
    ctx: JobContext, invoice: Invoice, ocred: list[tuple[Image.Image, int, OcrResult]], call: Any
) -> Check:
    """The vendor's lines read again from other crops of their pages (`second_look`): for
    a name that would pass unflagged, as a flagged one gains nothing from it."""

    def read_lines(crops: list[Image.Image]) -> tuple[OcrLine, ...]:
        found = ctx.models.read_lines([png_bytes(crop, fast=True) for crop in crops], context=call)
        return found.lines

    try:
        pages = [(as_read(page, turn), reading) for page, turn, reading in ocred]
        return vendor_reading(invoice.vendor, pages, read_lines)
    except provider_errors.ProviderError as error:
        return Check("vendor_reading", None, f"no second look at the vendor's name ({error})")


def page_rows(readings: list[OcrResult]) -> list[Row]:
    """Reading-order rows of all pages, page after page."""
    ordered: list[Row] = []
    for reading in readings:
        ordered.extend(rows(reading.lines))
    return ordered


def ask_model(ctx: JobContext, pages: list[Image.Image], lines: list[Row], call: Any) -> Invoice:
    ocr_text = "\n".join(" ".join(cell.text for cell in row.cells) for row in lines)[:12000]
    kind = "invoice or receipt"
    if ctx.models.available("vision"):
        reply = ctx.models.vision(
            PROMPT.format(kind=kind, ocr=as_data("OCR text", ocr_text)),
            [png_bytes(page) for page in pages[:MODEL_PAGES]],
            schema=MODEL_SCHEMA,
            max_tokens=2048,
            context=call,
        )
    else:
        reply = ctx.models.chat(
            PROMPT.format(kind=kind, ocr=as_data("OCR text", ocr_text)).replace(
                "where it and the image disagree, trust the image", "there is no image"
            ),
            schema=MODEL_SCHEMA,
            max_tokens=2048,
            context=call,
        )
    answer = dict(reply.data)
    answer["confidence"] = {
        key: float(value)
        for key, value in (answer.get("confidence") or {}).items()
        if key in REVIEWED
    }
    return Invoice.from_dict(answer)


def agree(model: Invoice, rules: Invoice) -> Invoice:
    """The model's answer, more trusted where the rules found the same value."""
    for name in FIELDS:
        mine, theirs = getattr(model, name), getattr(rules, name)
        if mine is None:
            continue
        confidence = model.confidence.get(name, 0.8)
        if theirs is not None and _same(mine, theirs):
            confidence = max(confidence, rules.confidence.get(name, 0.0), 0.9)
        model.confidence[name] = round(min(confidence, 0.99), 2)
    if model.line_items:
        model.confidence.setdefault("line_items", 0.8)
    model.expects_number = model.expects_number or rules.expects_number
    if rules.amount_due is not None and _same(model.total, rules.total):
        model.amount_due = rules.amount_due
        model.confidence["amount_due"] = rules.confidence.get("amount_due", 0.0)
    return model


def _same(one: object, other: object) -> bool:
    if isinstance(one, int | float) and isinstance(other, int | float):
        return abs(one - other) < 0.005
    return _normal(str(one)) == _normal(str(other))


def _normal(text: str) -> str:
    return re.sub(r"\W", "", text).upper()


def _shown(value: Any, currency: str) -> Any:
    if value is None:
        return "—"
    return money(value, currency) if isinstance(value, float) else value


def render(data: dict[str, Any]) -> str:
    """Verdict first, then the fields needing a person, then the rest."""
    currency = data["currency"] or ""
    vendor = data["vendor"] or "unknown vendor"
    total = (
        f"{currency} {money(data['total'], currency)}".strip()
        if data["total"] is not None
        else "no total"
    )
    date = f" on {data['issue_date']}" if data["issue_date"] else ""
    title = " + ".join(data.get("files") or [data["file"]])
    if data["verdict"] == "valid":
        head = f"✅ *{title}*: {vendor}, {total}{date}. All checks pass."
    else:
        fields = ", ".join(LABELS[name].lower() for name in data["needs_review"])
        head = f"⚠️ *{title}*: {vendor}, {total}{date}. Please check: {fields}."
    lines = [head]
    for name in FIELDS:
        value = data[name]
        mark = " ⚠️" if name in data["needs_review"] else ""
        lines.append(f"• {LABELS[name]}: {_shown(value, currency)}{mark}")
        if name == "total" and data.get("amount_due") is not None:
            mark = " ⚠️" if "amount_due" in data["needs_review"] else ""
            lines.append(f"• {LABELS['amount_due']}: {money(data['amount_due'], currency)}{mark}")
    if data["line_items"]:
        lines.append(
            f"• {LABELS['line_items']}: {len(data['line_items'])}"
            + (" ⚠️" if "line_items" in data["needs_review"] else "")
        )
    failed = [check["message"] for check in data["checks"] if check["ok"] is False]
    lines.extend(f"✗ {message}" for message in failed)
    return "\n".join(lines)


def _attach(workdir: Path, data: dict[str, Any]) -> Attachment:
    stem = re.sub(r"[^\w.-]+", "_", Path(data["file"]).stem)[:60] or "invoice"
    path = workdir / f"{stem}.invoice.json"
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    return Attachment(path, title=f"{data['file']} as JSON", mime="application/json")


def _stepper(ctx: JobContext, index: int, count: int) -> Callable[[float, str], None]:
    def step(fraction: float, text: str) -> None:
        prefix = f"{ctx.files[index].name}: " if count > 1 else ""
        ctx.progress((index + fraction) / count, prefix + text)

    return step


@hookimpl
def register_skills(register: Any) -> None:
    register(InvoiceSkill())


@hookimpl
def digest_sections(ctx: Any, channel: str, since: datetime) -> str | None:
    """Invoices read in the channel: how many, totals per currency, which need a person."""
    if "invoices" not in ctx.sections:
        return None
    invoices: list[dict[str, Any]] = []
    for data in ctx.results("invoice", channel, since):
        invoices.extend(data.get("invoices", [data]))
    invoices = [item for item in invoices if "verdict" in item]
    if not invoices:
        return None
    totals: dict[str, float] = {}
    for item in invoices:
        if item.get("total") is not None:
            currency = item.get("currency") or "?"
            totals[currency] = totals.get(currency, 0.0) + float(item["total"])
    summed = ", ".join(f"{code} {money(amount, code)}" for code, amount in sorted(totals.items()))
    flagged = [item for item in invoices if item["verdict"] != "valid"]
    lines = [f"*Invoices:* {len(invoices)} read" + (f", totalling {summed}" if summed else "")]
    if flagged:
        lines.append(f"{len(flagged)} need a person:")
        for item in flagged[:5]:
            fields = ", ".join(LABELS.get(name, name).lower() for name in item["needs_review"])
            lines.append(f"• {item.get('vendor') or item.get('file')}: check {fields}")
    return "\n".join(lines)
