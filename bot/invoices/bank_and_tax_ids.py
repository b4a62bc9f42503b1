"""IBANs and European VAT ids by their shape: what a party's block or footer prints
even without a label (`KMKR EE101784629`, `KBC BE50 7370 1234 5618`), and what an
invoice number must not be mistaken for."""

import re

_IBAN = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}")
#: EU and UK VAT ids: country code, then the national digits.
VAT_ID = re.compile(
    r"(?:AT)U\d{8}|(?:BE)0?\d{9,10}|(?:DE|EE|EL|GR|PT)\d{9}|(?:DK|FI|HU|LU|MT|SI)\d{8}"
    r"|(?:FR)[A-Z0-9]{2}\d{9}|(?:IT|LV)\d{11}|(?:NL)\d{9}B\d{2}|(?:GB|XI)\d{9}(?:\d{3})?"
    r"|(?:ES)[A-Z0-9]\d{7}[A-Z0-9]|(?:PL|SK)\d{10}|(?:SE)\d{12}"
)
#: A run that may hold one, from its country code, grouped by spaces or dots as printed
#: (`BE 0876.543.270`, `BE50 7370 1234 5618 BIC`), not across columns (`Row.text` sets
#: those apart by an em space).
_PRINTED = re.compile(r"(?<!\w)[A-Z]{2}(?=[ .]?U?\d)(?:[ .]?[A-Z\d])+")


def is_iban(compact: str) -> bool:
    """An IBAN by its shape and its mod-97 check digits."""
    if not _IBAN.fullmatch(compact):
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def bank_or_tax_id(text: str) -> bool:
    """Whether `text` prints an IBAN or a VAT id, however grouped: the run from a
    country code, or its groups up to one (a word may follow: `… 5618 BIC`)."""
    for found in _PRINTED.finditer(text):
        groups = re.split(r"[ .]", found.group())
        for end in range(len(groups), 0, -1):
            compact = "".join(groups[:end])
            if is_iban(compact) or VAT_ID.fullmatch(compact):
                return True
    return False
