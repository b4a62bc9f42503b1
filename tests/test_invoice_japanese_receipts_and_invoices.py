"""Japanese receipts and invoices: dates in the era's years (`令和6年9月27日`, `R7年1月20日`,
Reiwa 1 being 2019), the numbers their labels give (`請求書番号`, `領収書No.`, `伝票No.`),
the issuer under `発行者` beside the customer under `ご請求先`, and the addressee's
honorific (`… 御中`) and the payment deadline (`お支払期限`) that are no seller's name."""

import pytest

from bot.invoices.amounts import guess_currency
from bot.invoices.dates import find_dates
from bot.invoices.parties import party_ids
from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import receipt


@pytest.mark.parametrize(
    ("printed", "date"),
    [
        ("日付 R7年1月20日", "2025-01-20"),
        ("請求日 令和3年9月30日", "2021-09-30"),
        ("令和元年5月1日", "2019-05-01"),
        ("H30.4.1", "2018-04-01"),
    ],
)
def test_a_date_in_an_eras_years_is_read_in_the_common_era(printed, date):
    assert [found.date.isoformat() for found in find_dates(printed)] == [date]


def test_a_taxi_receipt_is_dated_by_its_label_not_by_the_block_numbers_of_its_address():
    invoice = read(
        receipt(
            [("領収書", 200)],
            [("なにわ交通株式会社", 120)],
            [("大阪府大阪市淀川区西中島6-3-21", 40)],
            [("日付", 40), ("R7年2月14日", 300)],
            [("領収書No.", 40), ("0214-0117", 300)],
            [("運賃", 40), ("¥2,860", 420)],
            [("合計", 40), ("¥2,860", 420)],
        )
    )

    assert (invoice.issue_date, invoice.invoice_number) == ("2025-02-14", "0214-0117")
    assert invoice.currency == "JPY"


def test_an_invoice_is_the_issuers_under_its_heading_not_the_customers_or_a_label():
    invoice = read(
        page(
            ("請求書番号", 900, 60),
            ("KS-250131-07", 1150, 60),
            ("請求書", 500, 120),
            ("発行日", 900, 180),
            ("2025/01/31", 1150, 180),
            ("お支払期限", 900, 220),
            ("2025/02/28", 1150, 220),
            ("ご請求先", 60, 300),
            ("発行者", 700, 300),
            ("株式会社ミナト物産 御中", 60, 340),
            ("合同会社コスモ企画", 700, 340),
            ("〒530-0001 大阪市北区梅田1-2-3", 60, 380),
            ("〒540-0008 大阪市中央区大手前4-1", 700, 380),
            ("ご請求金額(税込)", 60, 480),
            ("¥88,000", 700, 480),
            ("Webサイト保守(1月分)", 60, 600),
            ("80,000", 1100, 600),
            ("合計", 700, 700),
            ("88,000", 1100, 700),
        )
    )

    assert invoice.vendor == "合同会社コスモ企画"
    assert invoice.invoice_number == "KS-250131-07"
    assert invoice.issue_date == "2025-01-31"


def test_a_receipt_with_kana_and_a_yen_sign_is_in_yen():
    assert guess_currency("有限会社 森田酒店\n領収書\n¥55,000－\n上記正に領収いたしました")[0] == "JPY"


@pytest.mark.parametrize("printed", ["登録番号 T8810947233105", "登録番号：T4120001154721"])
def test_a_qualified_invoice_issuers_registration_number_is_a_partys_id(printed):
    assert party_ids(printed)


def test_the_receipts_statement_of_payment_received_is_no_issuers_name():
    invoice = read(
        receipt(
            [("領収証", 200)],
            [("上様", 40)],
            [("金額", 40), ("¥3,300-", 400)],
            [("上記正に領収いたしました", 60)],
            [("2024年8月2日", 40)],
        )
    )

    assert invoice.vendor != "上記正に領収いたしました"


def test_a_till_receipt_is_the_company_under_its_shops_sign():
    invoice = read(
        receipt(
            [("100円ショップ", 160)],
            [("DAIKYU", 200)],
            [("ダイキュー 本町店", 150)],
            [("株式会社大久商会", 140)],
            [("大阪市中央区本町2-3-4", 60)],
            [("TEL 06-6262-1100", 100)],
            [("2025年2月14日 14:22", 40)],
            [("合計", 40), ("¥1,204", 420)],
        )
    )

    assert invoice.vendor == "株式会社大久商会"
