"""Chinese receipts and VAT invoices (fapiao), simplified and traditional.

A till totals the list prices (`原价合计`), takes off the member's discount and asks
for what is owed (`应收金额`, `應付`); the cash handed over is `实收`, the change `找零`
or Hong Kong's `找續`. A fapiao sets its parties in two blocks, their side labels
(`购买方`, the buyer; `销售方`, the seller) read on a line beside each block's `名称:`,
and its own title (`增值税普通发票`, Taiwan's `電子發票證明聯`) is no one's name.
Taiwan's e-invoice proof sets its number (two letters, eight digits) alone under the
title, prices in whole dollars (`總計 843`) and dates in the Republic's years
(`110/12/04` for 2021).
"""

import pytest

from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import TODAY, receipt


def test_what_is_owed_after_the_discount_is_the_total_not_the_list_price_sum():
    invoice = read(
        receipt(
            [("惠邻里生活超市", 100)],
            [("单号: 0217030619061500184", 20)],
            [("2019-06-15 18:42", 20)],
            [("农夫山泉 550ml", 20), ("2.00", 480)],
            [("金龙鱼大米 5kg", 20), ("33.90", 480)],
            [("原价合计", 20), ("35.90", 480)],
            [("会员优惠", 20), ("-2.00", 480)],
            [("应收金额", 20), ("33.90", 480)],
            [("实收", 20), ("50.00", 480)],
            [("找零", 20), ("16.10", 480)],
        )
    )

    assert invoice.total == 33.90
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_hong_kong_bills_total_and_change_in_traditional_characters():
    invoice = read(
        receipt(
            [("金華冰廳", 100)],
            [("2024-01-17 15:02", 20)],
            [("菠蘿油", 20), ("HK$18.00", 480)],
            [("凍奶茶", 20), ("HK$22.00", 480)],
            [("合計", 20), ("HK$40.00", 480)],
            [("現金", 20), ("HK$50.00", 480)],
            [("找續", 20), ("HK$10.00", 480)],
        )
    )

    assert invoice.total == 40.00


def fapiao(seller_side: str):
    return page(
        ("上海增值税普通发票", 300, 60),
        ("发票号码:", 900, 60),
        ("38261177", 1100, 60),
        ("开票日期:", 900, 110),
        ("2018年07月23日", 1100, 110),
        ("名称:", 100, 250),
        ("上海澜舟信息技术有限公司", 250, 250),
        ("购买方", 20, 300),
        ("纳税人识别号:", 100, 300),
        ("91310115MA1H7Q2K3X", 400, 300),
        ("*纸制品*复印纸A4 70g", 100, 450),
        ("708.60", 1000, 450),
        ("113.38", 1200, 450),
        ("价税合计(大写)", 100, 550),
        ("(小写)", 900, 550),
        ("¥821.98", 1100, 550),
        ("名称:", 100, 650),
        ("上海晨曦办公用品有限公司", 250, 650),
        (seller_side, 20, 700),
        ("纳税人识别号:", 100, 700),
        ("91310104667812345L", 400, 700),
    )


def test_a_fapiaos_seller_is_named_in_the_block_its_side_label_marks():
    invoice = read(fapiao("销售方"))

    assert invoice.vendor == "上海晨曦办公用品有限公司"
    assert (invoice.total, invoice.invoice_number) == (821.98, "38261177")


def test_taiwans_e_invoice_proof_title_is_cut_from_the_shops_name():
    invoice = read(
        receipt(
            [("大家好超市 電子發票證明聯", 60)],
            [("2024-05-12 10:31:07", 20)],
            [("鮮奶 936ml", 20), ("95", 480)],
            [("總計", 20), ("95.00", 480)],
        )
    )

    assert invoice.vendor == "大家好超市"


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ("单据号:XS2020112700351", "XS2020112700351"),
        ("交易編號:031-2-240117-0093", "031-2-240117-0093"),
        ("No. 收據編號:R0062158", "R0062158"),
        ("Bil No: 10233", "10233"),
    ],
)
def test_chinese_and_malaysian_tills_number_labels(printed, number):
    invoice = read(
        receipt(
            [("康宁大药房", 100)],
            [(printed, 20)],
            [("2020-11-27 16:35:50", 20)],
            [("复方甘草片 100片", 20), ("9.50", 480)],
            [("合计", 20), ("9.50", 480)],
        )
    )

    assert invoice.invoice_number == number


def taiwan_proof(date: str):
    return receipt(
        [("大家好超市", 100)],
        [("電子發票證明聯", 100)],
        [("110年11-12月", 100)],
        [("GF-71026458", 100)],
        [("隨機碼:9034", 20), ("總計:843", 300)],
        [("賣方:16448712", 20)],
        [(date, 20), ("機:05", 300)],
        [("林鳳營全脂鮮乳936ml", 20), ("2", 300), ("184TX", 420)],
        [("高麗菜", 20), ("659TX", 420)],
        [("總計", 20), ("843", 420)],
        [("信用卡", 20), ("****8812", 250), ("843", 420)],
    )


def test_taiwans_e_invoice_proof_its_number_alone_and_its_whole_dollar_total():
    invoice = read(taiwan_proof("2021-12-04 11:20:37"))

    assert (invoice.invoice_number, invoice.total, invoice.issue_date) == (
        "GF-71026458",
        843,
        "2021-12-04",
    )


@pytest.mark.parametrize("printed", ["110/12/04 11:20", "110/12/0411:20", "民國110年12月04日"])
def test_a_date_in_the_years_of_the_republic_of_china(printed):
    invoice = read(taiwan_proof(printed))

    assert invoice.issue_date == "2021-12-04"
