"""The OCR engine's doubt about a character of a field sends that field to a person.

A line's confidence is the mean over its characters, so one misread digit in a long
line hardly moves it; the engine's confidence in that character does. These receipts
are OCR-shaped input built here, with a confidence per word (what an engine that
reports words gives; RapidOCR's are per character): every word read surely except
the one a test marks."""

import datetime as dt

import pytest

from bot.invoices.layout import read_confidence, rows
from bot.invoices.rules import extract
from bot.invoices.validate import checks, needs_review
from bot.providers.ocr import _characters
from bot.providers.types import OcrLine

TODAY = dt.date(2026, 11, 22)
SURE, UNSURE = 0.99, 0.5


def line(text: str, x: float, y: float, unsure: str | None) -> OcrLine:
    width = 18 * len(text)
    words = tuple((word, UNSURE if word == unsure else SURE) for word in text.split())
    return OcrLine(
        text,
        ((x, y), (x + width, y), (x + width, y + 30), (x, y + 30)),
        0.97,
        words,
    )


def review(unsure: str | None = None, *, paid: str = "100.00", change: str = "11.05"):
    printed = [
        [("IN-SPARKLE TRADING SDN BHD", 100)],
        [("Invoice No: CS00012345", 20)],
        [("Date: 14/03/2018", 20)],
        [("Dishwash 11L", 20), ("88.95", 500)],
        [("Total Sales (RM)", 20), ("88.95", 500)],
        [("Cash", 20), (paid, 500)],
        [("Change", 20), (change, 500)],
    ]
    lines = [
        line(text, x, 40 + 50 * number, unsure)
        for number, row in enumerate(printed)
        for text, x in row
    ]
    invoice = extract(rows(lines), today=TODAY)
    return invoice, needs_review(invoice, checks(invoice, TODAY))


def test_a_receipt_read_surely_needs_no_review():
    invoice, flagged = review()
    assert (invoice.vendor, invoice.invoice_number, invoice.issue_date, invoice.total) == (
        "IN-SPARKLE TRADING SDN BHD",
        "CS00012345",
        "2018-03-14",
        88.95,
    )
    assert flagged == []


@pytest.mark.parametrize(
    ("unsure", "field"),
    [("CS00012345", "invoice_number"), ("14/03/2018", "issue_date")],
)
def test_a_field_the_engine_was_unsure_of_a_character_of_needs_review(unsure, field):
    _, flagged = review(unsure)
    assert flagged == [field]


def test_a_name_is_left_to_its_own_checks_not_to_one_doubtful_word():
    """A doubtful letter is common in a long name and mostly harmless (the lexicon
    mends the misreads that matter); flagging on it sent more right vendors to review
    than wrong ones on the development receipts."""
    invoice, flagged = review("IN-SPARKLE")
    assert invoice.vendor == "IN-SPARKLE TRADING SDN BHD"
    assert flagged == []


def test_an_unsure_total_needs_review_unless_the_cash_and_change_confirm_it():
    _, flagged = review("88.95", paid="100.00", change="11.05")
    assert "total" not in flagged
    _, flagged = review("88.95", paid="100.00", change="11.50")
    assert "total" in flagged


def test_only_the_words_of_the_value_count():
    cell = rows([line("Total Sales 88.95", 20, 40, "Sales")])[0].cells[0]
    assert read_confidence(cell, 12, 17) == SURE
    assert read_confidence(cell, 6, 11) == UNSURE


def test_a_cell_the_engine_gave_no_words_for_has_its_own_confidence():
    plain = OcrLine("Total 88.95", ((0, 0), (200, 0), (200, 30), (0, 30)), 0.93)
    assert rows([plain])[0].read_confidence(6, 11) == 0.93


def test_only_characters_that_spell_their_line_are_kept():
    """RapidOCR leaves out a line without characters, which would shift the lines after
    it; and words (from an engine that did not give characters) carry misplaced scores."""
    read = [(char, 0.9, []) for char in "Total 8.95"]
    assert _characters("Total 8.95", read) == tuple((char, 0.9) for char in "Total 8.95")
    assert _characters("Total 8.95", [(char, 0.9, []) for char in "Cash"]) == ()
    assert _characters("Total 8.95", [("Total", 0.9, []), ("8.95", 0.8, [])]) == ()


@pytest.mark.parametrize(("unsure", "doubted"), [("'", False), ("-", False), ("8", True)])
def test_only_a_dates_letters_and_digits_read_unsurely_send_it_to_a_person(unsure, doubted):
    characters = tuple((char, UNSURE if char == unsure else SURE) for char in "DATE SEP 05 '18")
    lines = [
        line("IN-SPARKLE TRADING SDN BHD", 100, 40, None),
        OcrLine("DATE SEP 05 '18", ((20, 90), (290, 90), (290, 120), (20, 120)), 0.97, characters),
        line("Total Sales (RM)", 20, 140, None),
        line("88.95", 500, 140, None),
    ]
    if unsure == "-":
        dashed = "DATE 05-SEP-18"
        characters = tuple((char, UNSURE if char == "-" else SURE) for char in dashed)
        lines[1] = OcrLine(dashed, ((20, 90), (272, 90), (272, 120), (20, 120)), 0.97, characters)
    invoice = extract(rows(lines), today=TODAY)
    assert invoice.issue_date == "2018-09-05"
    assert ("issue_date" in needs_review(invoice, checks(invoice, TODAY))) is doubted
