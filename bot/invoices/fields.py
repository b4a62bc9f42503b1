"""What an invoice holds: the fields scripts read under `data`, by these exact names."""

from dataclasses import dataclass, field
from typing import Any

FIELDS = ("vendor", "invoice_number", "issue_date", "currency", "subtotal", "tax", "total")
#: Without these a receipt is not usable for bookkeeping.
REQUIRED = ("vendor", "issue_date", "total")
#: Every value `needs_review` may name, in the order it names them.
REVIEWED = (*FIELDS, "amount_due", "line_items")


@dataclass
class LineItem:
    description: str
    qty: float | None = None
    unit_price: float | None = None
    amount: float | None = None


@dataclass
class Invoice:
    vendor: str | None = None
    invoice_number: str | None = None
    issue_date: str | None = None
    currency: str | None = None
    subtotal: float | None = None
    tax: float | None = None
    total: float | None = None
    line_items: list[LineItem] = field(default_factory=list)
    #: 0–1 per value in REVIEWED; how sure the extractor is.
    confidence: dict[str, float] = field(default_factory=dict)
    #: The tax is part of the total (receipts that say "GST included").
    tax_included: bool = False
    #: A cash rounding adjustment printed between the tax-inclusive sum and the total.
    rounding: float | None = None
    #: A service charge or tip: part of the total, in neither the subtotal nor the tax.
    charges: float | None = None
    #: The items' sum as printed (`Subtotal`), where discounts or charges below it make
    #: the net amount that is the subtotal (`Net amount`, `Total HT net`).
    line_total: float | None = None
    #: What is left to pay, where prepayments, deductions or an earlier balance set it
    #: apart from the total.
    amount_due: float | None = None
    #: A bill with payment terms, not a till receipt: without a number it needs a person.
    expects_number: bool = False

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Invoice":
        items = [LineItem(**_known(item, LineItem)) for item in data.get("line_items") or []]
        values = _known(data, cls)
        values["line_items"] = items
        return cls(**values)


def _known(data: dict[str, Any], kind: type) -> dict[str, Any]:
    names = kind.__dataclass_fields__
    return {key: value for key, value in data.items() if key in names}


#: What a model is asked to return: the fields, with its own confidence for each.
MODEL_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "vendor": {"type": ["string", "null"]},
        "invoice_number": {"type": ["string", "null"]},
        "issue_date": {
            "type": ["string", "null"],
            "description": "ISO date YYYY-MM-DD",
            "pattern": r"^\d{4}-\d{2}-\d{2}$",
        },
        "currency": {
            "type": ["string", "null"],
            "description": "ISO 4217 code",
            "pattern": "^[A-Z]{3}$",
        },
        "subtotal": {"type": ["number", "null"]},
        "tax": {"type": ["number", "null"]},
        "total": {"type": ["number", "null"]},
        "tax_included": {"type": "boolean"},
        "line_items": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "description": {"type": "string"},
                    "qty": {"type": ["number", "null"]},
                    "unit_price": {"type": ["number", "null"]},
                    "amount": {"type": ["number", "null"]},
                },
                "required": ["description", "qty", "unit_price", "amount"],
            },
        },
        "confidence": {
            "type": "object",
            "description": "0 to 1 for each field: how sure you are it is right",
            "additionalProperties": {"type": "number", "minimum": 0, "maximum": 1},
        },
    },
    "required": [*FIELDS, "tax_included", "line_items", "confidence"],
}
