"""The words invoices and receipts label their fields with, as compiled patterns.

English, Malay, Dutch, German, French and Chinese. Each `*_LABELS` finds a field's
label; each `NOT_*` rules out rows that look alike but hold something else.
"""

import re


def _words(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(patterns), re.IGNORECASE)


TOTAL_LABELS: tuple[tuple[re.Pattern[str], int], ...] = (
    (
        _words(
            r"grand\s*total",
            r"total\s*payable",
            r"amount\s*(?:due|payable)",
            r"balance\s*due",
            r"total\s*due",
            r"net+\s*total",
            r"total\s*rounded",
            r"rounded\s*total",
            r"total\s*after\s*round",
            r"te\s*betalen",
            r"gesamtbetrag",
            r"montant\s*total",
            r"价税合计",
            r"小写",
            r"应付金额",
            r"实付",
        ),
        3,
    ),
    (_words(r"total", r"totaal", r"summe", r"合\s*计", r"总\s*计", r"jumlah"), 2),
)
NOT_TOTAL = _words(
    r"su[bp]+[\s\-.]*t[o0]ta",
    r"subtotaal",
    r"小计",
    r"total\s*[(:]?\s*(?:qty|quantity|items?|savings?|disc|excl|before|tax|gst|vat|sst|\d+\s*%"
    r"|supplies|weight|pcs|units?|points?|count|lines?)",
    r"excl",
    r"exclusi",
    r"item\s*count",
    r"(?:tax|gst|vat)\s*total",
    r"in(?:cluded)?\s*in\s*total",
    r"saving",
    r"不含税",
)
SUBTOTAL_LABELS = _words(
    r"su[bp]+[\s\-.]*t[o0]ta",
    r"(?<!价税)合\s*计",
    r"subtotaal",
    r"zwischensumme",
    r"小\s*计",
    r"total\s*[(:]?\s*excl",
    r"excluding\s*(?:gst|vat|tax)",
    r"exclusief\s*btw",
    r"before\s*tax",
    r"金额合计",
    r"不含税",
)
TAX_LABELS = _words(
    r"\b(?:gst|vat|sst|tax|btw|mwst|iva|tva|ppn)\b",
    r"税\s*额",
    r"税\s*金",
    r"增值税",
)
NOT_TAX = _words(
    r"(?:gst|vat|sst|tax|btw)\s*[-/]?\s*(?:id|reg|no\b|number|ref|#|invoice|summary)",
    r"reg\.?\s*no",
    r"total",
    r"supplies",
    r"excl",
    r"totaal",
    r"税号",
    r"识别号",
    r"summary",
)
TAX_INCLUDED = _words(
    r"(?:gst|vat|tax|btw|sst)\b.{0,24}\b(?:incl|inclusive|included)",
    r"\b(?:incl|inclusive|included|inc)\b\.?.{0,12}(?:gst|vat|tax|btw|sst)",
    r"价税合计",
    r"含税",
)
CASH_LABELS = _words(r"\bcash\b", r"tunai", r"\bpaid\b", r"tender", r"现金", r"\bpayment\b")
CHANGE_LABELS = _words(r"\bchange\b", r"\bbaki\b", r"找零", r"找赎")
DATE_LABELS = _words(
    r"dat(?:e|um)",
    r"tarikh",
    r"日期",
    r"fecha",
    r"\bdd\b",
)
NOT_ISSUE_DATE = _words(
    r"due",
    r"order",
    r"expir",
    r"\bexp\b",
    r"valid",
    r"deliver",
    r"ship",
    r"print",
    r"period",
    r"birth",
    r"closed?",
    r"vervaldatum",
    r"到期",
)
NUMBER_LABELS: tuple[tuple[re.Pattern[str], int], ...] = (
    (
        _words(
            r"(?:tax\s*)?invoice\s*(?:no|number|num|#)",
            r"\binv\.?\s*(?:no|#)",
            r"factuurnummer",
            r"rechnungs?\s*nr",
            r"rechnungsnummer",
            r"n[°o]\s*de\s*facture",
            r"发票号码",
        ),
        3,
    ),
    (
        _words(
            r"receipt\s*(?:no|number|#)",
            r"\bbill\s*(?:no|number|#)",
            r"bil+\s*#",
            r"(?:cash\s*)?inv\s*no",
            r"document\s*(?:no|number)",
            r"doc\s*no",
            r"slip\s*no",
            r"c/n\s*no",
            r"单\s*号",
            r"票据号",
        ),
        2,
    ),
    (
        _words(
            r"\bref(?:erence)?\s*(?:no|#)?", r"trans(?:action)?\s*(?:no|#)?", r"order\s*(?:no|#|id)"
        ),
        1,
    ),
)
TAX_ID = _words(
    r"(?:gst|vat|sst|tax|btw)\s*(?:id|reg|ref|no\b|number|#)", r"\bco\.?\s*(?:no|reg)", r"税号"
)
NUMBER_VALUE = re.compile(r"^[\s.:：#]*#?\s*([A-Z0-9][A-Z0-9\-_/.]*[A-Z0-9])", re.IGNORECASE)
VENDOR_LABELS = _words(
    r"(?:sold\s*by|seller|vendor|supplier|merchant|issued\s*by|销售方(?:名称)?|销方|收款单位)"
    r"\s*[:：]\s*(?P<name>.+)",
)
#: OCR confidence below which a header line is more likely a logo or noise than a name.
LEGIBLE = 0.8
CUSTOMER_LABELS = _words(
    r"bill(?:ed)?\s*to",
    r"ship(?:ped)?\s*to",
    r"sold\s*to",
    r"deliver\s*to",
    r"customer",
    r"\bbuyer",
    r"购买方",
    r"购方",
    r"客户",
)
COMPANY_WORDS = _words(
    r"\bsdn\.?\s*bhd\b",
    r"\bs/b\b",
    r"\bbhd\b",
    r"\bltd\b",
    r"\blimited\b",
    r"\bllc\b",
    r"\binc\b",
    r"\bcorp",
    r"\bco\.",
    r"\bcompany\b",
    r"\bgmbh\b",
    r"\bb\.v\.",
    r"\bpte\b",
    r"\benterprise",
    r"\btrading\b",
    r"\brestaurant\b",
    r"\brestoran\b",
    r"\bstore\b",
    r"\bmart\b",
    r"\bshop\b",
    r"\bcaf[eé]\b",
    r"\bbakeries\b",
    r"\bhardware\b",
    r"\bpharmacy\b",
    r"\bsupermarket\b",
    r"\bhypermarket\b",
    r"\bminimarket\b",
    r"\bkedai\b",
    r"\bpasaraya\b",
    r"\bsyarikat\b",
    r"\bperniagaan\b",
    r"\bbakery\b",
    r"\bstationery\b",
    r"\bbookstore\b",
    r"公司",
    r"商店",
    r"超市",
    r"商行",
    r"餐厅",
    r"酒店",
)
NOT_VENDOR = _words(
    r"invoice",
    r"receipt",
    r"\bbill\b",
    r"factuur",
    r"facture",
    r"rechnung",
    r"发票",
    r"收据",
    r"\btel\b",
    r"\bfax\b",
    r"phone",
    r"\bgst\b",
    r"\bvat\b",
    r"reg\b",
    r"\bco\.?\s*no",
    r"company\s*no",
    r"www\.",
    r"http",
    r"@",
    r"\bdate\b",
    r"cashier",
    r"\btable\b",
    r"\bjalan\b",
    r"\bjln\b",
    r"\broad\b",
    r"\bstreet\b",
    r"\bavenue\b",
    r"\blot\b",
    r"\btaman\b",
    r"\bno\s*[.:]",
    r"\b\d{5,6}\b",
    r"welcome",
    r"thank",
    r"省",
    r"路",
    r"号",
    r"copy",
    r"original",
    r"^[\W\d]*$",
    r"bill\s*to",
    r"ship\s*to",
    r"sold\s*to",
    r"terms",
    r"customer",
    r"#\s*\d",
    r"\battn",
    r"deliver",
    r"page\s*\d",
    r"购买方",
    r"购方",
)
ITEM_HEADER_WORDS = _words(
    r"\bitem",
    r"desc",
    r"\bqty\b",
    r"quantity",
    r"price",
    r"amount",
    r"\bamt\b",
    r"\bunit\b",
    r"\brate\b",
    r"\bu/p\b",
    r"\btotal\b",
    r"artikel",
    r"aantal",
    r"prijs",
    r"数量",
    r"单价",
    r"金额",
    r"名称",
    r"menu",
)

NOT_TOTAL_FOR_SUBTOTAL = _words(r"\bqty\b", r"quantity", r"items?\b", r"count")

#: Rows that end a table of line items.
STOP_ITEMS = (
    SUBTOTAL_LABELS,
    NOT_TOTAL,
    *(pattern for pattern, _ in TOTAL_LABELS),
    CASH_LABELS,
    CHANGE_LABELS,
    _words(r"rounding", r"\bgst\b", r"\bvat\b", r"\bsst\b", r"service\s*charge", r"discount"),
)
