"""PII redaction: each type is found where it is, and left alone where it only looks alike."""

import random
import string

import pytest
from stdnum import iban, luhn
from stdnum.iso7064 import mod_97_10

from storage import redact as redact_module
from storage.pii import DETECTORS
from storage.pii.numbers import _luhn_sum, _mod97
from storage.redact import _TriggerScan, find_pii, redact, redact_value, redact_with_spans

POSITIVE = [
    ("EMAIL", "write to jane.doe@example.com today", "jane.doe@example.com"),
    ("EMAIL", "cc: ops+alerts@mail.example.co.uk", "ops+alerts@mail.example.co.uk"),
    ("PHONE", "call +86 138 0013 8000 now", "+86 138 0013 8000"),
    ("PHONE", "UK office +44 20 7946 0958.", "+44 20 7946 0958"),
    ("PHONE", "US: (415) 555-2671", "(415) 555-2671"),
    ("PHONE", "ring 415-555-2671 after 5", "415-555-2671"),
    ("PHONE", "ring 415.555.2671 x204 later", "415.555.2671 x204"),
    ("PHONE", "手机13800138000联系", "13800138000"),
    ("PHONE", "mobile 138-0013-8000", "138-0013-8000"),
    ("PHONE", "座机 010-62345678", "010-62345678"),
    ("PHONE", "Tel: 020 7946 0958", "020 7946 0958"),
    ("CARD", "paid with 4111 1111 1111 1111 yesterday", "4111 1111 1111 1111"),
    ("CARD", "card 5500-0000-0000-0004", "5500-0000-0000-0004"),
    ("CARD", "amex 378282246310005.", "378282246310005"),
    ("IBAN", "IBAN GB82 WEST 1234 5698 7654 32 please", "GB82 WEST 1234 5698 7654 32"),
    ("IBAN", "to DE89370400440532013000", "DE89370400440532013000"),
    ("IP", "from 192.168.10.24 at noon", "192.168.10.24"),
    ("IP", "host 2001:db8:85a3::8a2e:370:7334 down", "2001:db8:85a3::8a2e:370:7334"),
    ("SSN", "SSN 536-90-4399 on file", "536-90-4399"),
    ("SSN", "social security number: 536904399", "536904399"),
    ("CN_ID", "身份证号11010519491231002X。", "11010519491231002X"),
    (
        "SECRET",
        "token xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOp",
        "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOp",
    ),
    (
        "SECRET",
        "app xapp-1-A0123456789-1234567890-abcdef0123",
        "xapp-1-A0123456789-1234567890-abcdef0123",
    ),
    (
        "SECRET",
        "OPENAI_API_KEY=sk-proj-abcDEF1234567890ghijKLMN",
        "sk-proj-abcDEF1234567890ghijKLMN",
    ),
    ("SECRET", "aws AKIAIOSFODNN7EXAMPLE key", "AKIAIOSFODNN7EXAMPLE"),
    ("SECRET", "Authorization: Bearer abc123DEF456ghi789", "abc123DEF456ghi789"),
    (
        "SECRET",
        "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
    ),
    ("SECRET", "db password: hunter2hunter2", "hunter2hunter2"),
    ("NAME", "Name: John Smith\n", "John Smith"),
    ("NAME", "Attn: Mary-Jane O'Neil, Accounts", "Mary-Jane O'Neil"),
    ("NAME", "Contact: ALEX TAN", "ALEX TAN"),
    ("NAME", "Thanks, Dr. Priya Raman", "Priya Raman"),
    ("NAME", "ship it, attn: Mr. Sherlock Holmes", "Sherlock Holmes"),
    ("NAME", "联系人：张伟 电话", "张伟"),
    ("NAME", "姓名：欧阳娜娜", "欧阳娜娜"),
    ("ADDRESS", "ship to 221B Baker Street, London", "221B Baker Street, London"),
    ("ADDRESS", "at 1600 Pennsylvania Ave NW now", "1600 Pennsylvania Ave NW"),
    ("ADDRESS", "Address: 12 Rue de Rivoli, 75001 Paris\n", "12 Rue de Rivoli, 75001 Paris"),
    ("ADDRESS", "地址：北京市朝阳区建国路88号3栋201室", "北京市朝阳区建国路88号3栋201室"),
    ("ADDRESS", "我住在上海市浦东新区世纪大道100号。", "上海市浦东新区世纪大道100号"),
]

NEGATIVE = [
    "Total: 1,234.56 USD on 2026-03-01, invoice INV-2026-0421",
    "Dates: 25/12/2018, 2018-12-25, 25 Dec 2018, 2018年12月25日, 12/25/2018",
    "Meeting at 10:30 until 11:45:30, room 4.12, version 1.2.3",
    "Order 123456789012 shipped; SKU 4006381333931; qty 12 x 3.50 = 42.00",
    "Card-like 4111 1111 1111 1112 fails Luhn",
    "IBAN-like GB82 WEST 1234 5698 7654 33 fails mod 97",
    "ID-like 110105194912310021 fails its check digit",
    "SSN-like 000-12-3456 and 666-12-3456 are never issued",
    "IP-like 999.168.1.1 and 1.2.3 are not addresses",
    "合计 ¥1,280.00 税额 166.40 价税合计 1446.40 发票号码 04452611",
    "The Company Name: Acme Widgets Ltd and Product Name: Turbo Blender",
    "Gross 12,500.00 net 10,000.00 tax 2,500.00 ratio 0.25 on 2026.03.01",
]


@pytest.mark.parametrize(("pii_type", "text", "secret"), POSITIVE)
def test_finds_each_type(pii_type: str, text: str, secret: str) -> None:
    redacted, spans = redact_with_spans(text)
    assert [(text[s.start : s.end], s.type) for s in spans] == [(secret, pii_type)]
    assert secret not in redacted
    assert f"[{pii_type}]" in redacted


@pytest.mark.parametrize("text", NEGATIVE)
def test_leaves_lookalikes_alone(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "SSN is 536221189",
        "the social security number for the new hire: 536221189",
        "SSN (536221189) attached",
    ],
)
def test_a_bare_ssn_a_few_words_after_its_label(text: str) -> None:
    assert [(text[s.start : s.end], s.type) for s in find_pii(text)] == [("536221189", "SSN")]


def test_nine_digits_inside_a_longer_number_after_an_ssn_label_are_no_ssn() -> None:
    assert find_pii("SSN form 536221189123, version 536221189-2") == []


def test_the_issue_examples() -> None:
    keep = "Total: 1,234.56 USD on 2026-03-01, invoice INV-2026-0421"
    assert redact(keep) == keep
    assert redact("call +86 138 0013 8000 or jane.doe@example.com") == "call [PHONE] or [EMAIL]"


@pytest.mark.parametrize("text", [t for _, t, _ in POSITIVE])
def test_redaction_is_idempotent(text: str) -> None:
    once = redact(text)
    assert redact(once) == once


def test_spans_are_offsets_into_the_input() -> None:
    text = "张三 13800138000, bob@example.org, 4111-1111-1111-1111"
    _, spans = redact_with_spans(text)
    assert [text[s.start : s.end] for s in spans] == [
        "张三",
        "13800138000",
        "bob@example.org",
        "4111-1111-1111-1111",
    ]


def test_private_key_block_is_masked_whole() -> None:
    body = "MIIEowIBAAKCAQEA7\n" * 40
    text = f"key:\n-----BEGIN RSA PRIVATE KEY-----\n{body}-----END RSA PRIVATE KEY-----\nbye"
    assert redact(text) == "key:\n[SECRET]\nbye"


def test_pii_far_into_a_long_text_is_found() -> None:
    filler = "nothing to see here, amounts 12.50 and 2026-01-01. " * 5000
    text = filler + "mail eve@example.net " + filler + "+1 212 555 0199"
    spans = find_pii(text)
    assert [s.type for s in spans] == ["EMAIL", "PHONE"]
    assert text[spans[0].start : spans[0].end] == "eve@example.net"


def test_labelled_address_stops_before_the_phone() -> None:
    text = "Address: 12 Main St, Springfield, IL 62704 | Phone: +1 217 555 0101"
    assert redact(text) == "Address: [ADDRESS] | Phone: [PHONE]"


def test_redact_value_walks_json() -> None:
    value = {"who": ["ann@example.com", 3], "nested": {"tel": "+44 20 7946 0958"}, "n": 1.5}
    assert redact_value(value) == {"who": ["[EMAIL]", 3], "nested": {"tel": "[PHONE]"}, "n": 1.5}


def test_long_runs_without_spaces_stay_fast_and_clean() -> None:
    blob = "A" * 200_000 + "@" + "b" * 200_000
    assert redact(blob) == blob


def test_numbers_one_character_apart_are_all_found() -> None:
    phones = ["13800138000", "13900139000", "13700137000", "13600136000", "13500135000"]
    cards = ["4111 1111 1111 1111", "5500 0000 0000 0004", "4012 8888 8888 1881"]
    text = " ".join(phones) + "; " + "; ".join(cards)
    assert [text[s.start : s.end] for s in find_pii(text)] == phones + cards


def test_windows_and_short_texts_find_what_a_scan_of_the_whole_text_finds(monkeypatch) -> None:
    """The trigger scan only narrows where the detectors look, and short texts skip it;
    neither changes what the detectors find."""
    rng = random.Random(3)
    pieces = [text for _, text, _ in POSITIVE] + NEGATIVE + ["Name: John Smith", "联系人：张伟"]
    texts = [
        "".join(rng.choice(pieces) + rng.choice(["", " ", "\n", "。", ", ", "\t"]) for _ in range(8))
        for _ in range(200)
    ]
    monkeypatch.setattr(redact_module, "_WHOLE_TEXT", 0)
    windowed = [find_pii(text) for text in texts]
    monkeypatch.setattr(redact_module, "_WHOLE_TEXT", 10**9)
    short = [find_pii(text) for text in texts]

    def whole_text(scan: _TriggerScan) -> list:
        return [(detector, [(0, len(scan.text))]) for detector in DETECTORS]

    monkeypatch.setattr(redact_module, "_WHOLE_TEXT", 0)
    monkeypatch.setattr(_TriggerScan, "all_hits", whole_text)
    scanned = [find_pii(text) for text in texts]
    assert windowed == scanned
    assert short == scanned
    assert sum(map(len, scanned)) > 200


LATER_FORMS = [
    "Greta's desk line 030 2759 4418 rings through",
    "Sydney support (02) 9374 4000, weekdays",
    "the Paris team sits behind 01 42 68 53 00 now",
    "São Paulo office, (11) 3456-7890",
    "from abroad it is 0044 20 7946 0958",
    "Ph 001-212-555-0142x3041 after nine",
    "98765 43210 is my mobile",
    "contact the caretaker at 98765 43210 about the keys",
    "the social security number for the new hire: 536221189",
    "Chair: Claire Pons",
    "cc: Ann Lee, Bo Chen",
    "Bill to: Ravi Menon",
    "signed by Ola Nordmann",
    "王总说下周再谈",
    "客户邵建平先生已经付款",
    "@Ingrid Solberg can you review the PR?",
    "Site contact - Gareth Mills (caretaker)",
    "Name: Élodie Marchand",
]


def test_windows_find_the_later_forms_as_a_scan_of_the_whole_text_does(monkeypatch) -> None:
    filler = "the total came to 1,204.50 USD including tax; "
    texts = [filler * 3 + text + " " + filler * 3 for text in LATER_FORMS]
    monkeypatch.setattr(redact_module, "_WHOLE_TEXT", 0)
    windowed = [find_pii(text, entities=False) for text in texts]

    def whole_text(scan: _TriggerScan) -> list:
        return [(detector, [(0, len(scan.text))]) for detector in DETECTORS]

    monkeypatch.setattr(_TriggerScan, "all_hits", whole_text)
    assert windowed == [find_pii(text, entities=False) for text in texts]
    assert all(windowed)


@pytest.mark.parametrize(
    "text",
    [
        "please reply to the report before the shipment goes out",
        "the accountant accepted the host of changes at present",
        "ratio 0.25 on 2026-03-01, build 0.125, price 10.001",
        "we sold 1,002 units and the order 123456 is the last one",
    ],
)
def test_ordinary_words_and_numbers_do_not_wake_the_name_and_phone_detectors(text: str) -> None:
    """Each detector a trigger wakes reads a window of the text: the triggers must not
    fire on what every business message has (throughput fell threefold when they did)."""
    fired = {DETECTORS[i].type for i in redact_module._ANY_TRIGGER.Match(text.encode()) or ()}
    assert not fired & {"NAME", "PHONE"}


def test_quick_checksums_never_turn_away_what_python_stdnum_accepts() -> None:
    rng = random.Random(5)
    for _ in range(5000):
        number = "".join(rng.choice(string.digits) for _ in range(rng.randint(13, 19)))
        assert (_luhn_sum(number) % 10 == 0) == luhn.is_valid(number)
        bban = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(18))
        valid = "GB" + iban.calc_check_digits("GB00" + bban) + bban
        assert _mod97(valid) == 1
        altered = valid[:-1] + rng.choice(string.digits)
        assert (_mod97(altered) == 1) == mod_97_10.is_valid(altered[4:] + altered[:4])
