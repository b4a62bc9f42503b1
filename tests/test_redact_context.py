"""Redaction of what no label announces: bare names (by the models), street addresses by
their grammar in several countries, and phones and cards by the words before them."""

import asyncio
import logging

import pytest

from bot.log import RedactingFormatter
from storage.pii.entities import warm_up
from storage.redact import find_pii, redact


def found(text: str, *, entities: bool = True) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in find_pii(text, entities=entities)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Could you forward the slides to Mariana Okafor before lunch?", "Mariana Okafor"),
        ("our accountant Henrik said the audit slipped", "Henrik"),
        ("Lunch with my colleague Siobhan tomorrow, then the vendor call", "Siobhan"),
        ("Rafael Domínguez and I will draft the reply", "Rafael Domínguez"),
        ("ping Anjali Deshpande about the renewal", "Anjali Deshpande"),
    ],
)
def test_a_bare_english_name_is_found_by_the_model(text, name):
    assert (name, "NAME") in found(text)
    assert name not in redact(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("周晓明上午把报价单发给了孙丽", ["周晓明", "孙丽"]),
        ("请司马云飞核对一下这张发票", ["司马云飞"]),
    ],
)
def test_chinese_names_in_prose_are_found_by_the_tagger(text, names):
    assert [value for value, kind in found(text) if kind == "NAME"] == names


@pytest.mark.parametrize(
    "text",
    [
        "The Berlin office closes early on Friday",
        "Product name: Orbit Mixer, SKU 4471",
        "Export the Q3 Sales report from Google Sheets",
        "The checksum fails Luhn again",
        "手机[PHONE]联系",
        "发票金额合计三千元，下周一付款",
    ],
)
def test_places_products_and_terms_are_not_names(text):
    assert [kind for _, kind in found(text) if kind == "NAME"] == []


def test_the_fast_path_leaves_bare_names_to_the_model():
    text = "Could you forward the slides to Mariana Okafor before lunch?"
    assert found(text, entities=False) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Drop it at 17 Avenue Foch, 75016 Paris please", "17 Avenue Foch, 75016 Paris"),
        ("new flat: Flat 2, 9 Harrow Lane, Leeds LS6 2QT", "Flat 2, 9 Harrow Lane, Leeds LS6 2QT"),
        ("Bitte an Lindenweg 14, 80331 München schicken", "Lindenweg 14, 80331 München"),
        ("the studio is at Via Garibaldi 8, Torino", "Via Garibaldi 8, Torino"),
        ("mail it to PO Box 778, Nelson 7040", "PO Box 778, Nelson 7040"),
        ("ship to 88 King St W, Toronto, ON M5V 1H8 today", "88 King St W, Toronto, ON M5V 1H8"),
        (
            "forward to Unit 3/41 Albert Rd, Melbourne VIC 3004",
            "Unit 3/41 Albert Rd, Melbourne VIC 3004",
        ),
        ("PSC 2020, Box 12, APO AP 96555", "PSC 2020, Box 12, APO AP 96555"),
    ],
)
def test_street_addresses_of_many_countries(text, address):
    assert (address, "ADDRESS") in found(text, entities=False)


@pytest.mark.parametrize(
    "text",
    ["send it via Slack please", "Place Order before noon", "version 2 Road map review"],
)
def test_street_words_alone_are_not_addresses(text):
    assert found(text, entities=False) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Phone: 733 9012", "733 9012"),
        ("you can call me on (11) 4872-3310 after six", "(11) 4872-3310"),
        ("text me at 91234 56789", "91234 56789"),
        ("my mobile number is 0412 887 301", "0412 887 301"),
        ("ring us on 04 91 23 45 67", "04 91 23 45 67"),
    ],
)
def test_phones_in_national_forms_after_a_phone_word(text, phone):
    assert found(text, entities=False) == [(phone, "PHONE")]


@pytest.mark.parametrize(
    "text", ["reach 2500000 readers", "call volume 12 345 678", "Order number is 40417788"]
)
def test_numbers_near_phone_words_that_are_not_phones(text):
    assert found(text, entities=False) == []


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("my card 622848123456", "622848123456"),
        ("card number 4000 1234 5678 9011", "4000 1234 5678 9011"),
        ("Visa is 4556-7375-8689-9856 exp 09/28", "4556-7375-8689-9856"),
        ("信用卡6225881234567890", "6225881234567890"),
    ],
)
def test_card_numbers_after_a_card_word_even_with_a_bad_check_digit(text, card):
    assert found(text, entities=False) == [(card, "CARD")]


def test_a_log_line_written_on_the_event_loop_skips_the_models():
    assert warm_up()
    formatter = RedactingFormatter()
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "ping Anjali Deshpande", (), None)
    assert formatter.format(record) == "ping [NAME]"

    async def on_the_loop() -> str:
        return formatter.format(record)

    assert asyncio.run(on_the_loop()) == "ping Anjali Deshpande"


def test_a_log_line_written_while_the_models_load_does_not_wait_for_them(monkeypatch):
    """Importing spaCy's plugins can log; that line is redacted without the models."""
    from storage.pii import entities

    seen = []

    def load_that_logs() -> object:
        seen.append(list(entities.find_entities("ask Anjali Deshpande")))
        return None

    entities._load_english.cache_clear()
    monkeypatch.setattr(entities, "_load_english", load_that_logs)
    assert entities._english_pipeline() is None
    assert seen == [[]]


def test_with_the_models_turned_off_only_labelled_names_are_found():
    from storage.pii.entities import use_models

    text = "ping Anjali Deshpande, Name: Priya Raman"
    try:
        use_models(False)
        assert found(text) == [("Priya Raman", "NAME")]
    finally:
        use_models(True)
    assert ("Anjali Deshpande", "NAME") in found(text)
