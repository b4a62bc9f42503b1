"""The sums beside the total: net amount, tax and currency as invoices print them.

A total that the net amount and the tax add up to is a confirmed total; a tax read from
the wrong column is a confidently wrong field. Layouts built here as OCR boxes: the
table of sums German e-invoices print (headings over a row per tax rate and their sum),
a line-item table whose columns must not be taken for sums, a receipt's tax summary,
and the currency named by a label rather than beside each amount.
"""

from decimal import Decimal

import pytest

from bot.invoices.amounts import _NAMED_CODE, amounts, counted_in, guess_currency
from bot.invoices.fields import FIELDS
from bot.invoices.validate import checks, needs_review
from plugins.invoice import render
from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import TODAY, receipt

SUMS_TABLE = [
    ("Warenwert", 130, 1990),
    ("Nettobetrag", 930, 1990),
    ("MwSt-Betrag", 1130, 1990),
    ("MwSt-%", 1300, 1990),
    ("Endbetrag", 1450, 1990),
    ("326,50", 170, 2020),
    ("321,40", 985, 2020),
    ("61,07", 1195, 2020),
    ("19,0", 1305, 2020),
    ("382,47", 1490, 2020),
    ("130,70", 170, 2050),
    ("127,59", 985, 2050),
    ("8,93", 1210, 2050),
    ("7,0", 1315, 2050),
    ("136,52", 1490, 2050),
    ("457,20", 170, 2100),
    ("448,99", 985, 2100),
    ("70,00", 1195, 2100),
    ("EUR", 1315, 2100),
    ("518,99", 1490, 2100),
]


def test_a_table_of_sums_is_read_down_the_column_under_each_heading():
    invoice = read(
        page(
            ("Rechnung", 100, 200),
            ("Transportkosten MwSt.-% 19,0, Frachtbetrag:", 100, 1800),
            ("3,00", 1500, 1800),
            *SUMS_TABLE,
        )
    )
    assert (invoice.subtotal, invoice.tax, invoice.total) == (448.99, 70.0, 518.99)
    assert invoice.confidence["total"] >= 0.95
    flagged = needs_review(invoice, checks(invoice, TODAY))
    assert not {"subtotal", "tax", "total"} & set(flagged)


@pytest.mark.parametrize(
    "vat_number",
    ["VAT: DE 318 940 227", "GB VAT 311 840 662", "N° TVA FR 47 829 331 045", "VAT: DE318940227"],
)
def test_a_vat_number_in_the_address_block_is_never_the_tax(vat_number):
    invoice = read(
        page(
            ("Invoice", 150, 100),
            ("Bill to", 150, 300),
            ("Rheinpfad Logistik GmbH", 150, 340),
            ("47119 Duisburg, Germany", 150, 380),
            (vat_number, 150, 420),
            ("Subtotal", 800, 700),
            ("€304.33", 1300, 700),
            ("VAT (0%)", 800, 740),
            ("€0.00", 1300, 740),
            ("Total", 800, 780),
            ("€304.33", 1300, 780),
        )
    )
    assert invoice.tax == 0.0
    assert invoice.total == 304.33


def test_a_net_amount_plus_vat_line_is_the_net_amount_and_the_rate_row_gives_the_tax():
    invoice = read(
        page(
            ("Finanzrate November", 110, 980),
            ("Nettobetrag", 110, 1010),
            ("(zzgl. 19,00% MwSt.)", 330, 1010),
            ("376,37", 1380, 1010),
            ("19,00% MwSt.:", 560, 1180),
            ("376,37", 910, 1180),
            ("71,51", 1160, 1180),
            ("447,88", 1380, 1180),
            ("Summe gesamt", 580, 1240),
            ("447,88", 1380, 1240),
            ("Beträge in EUR", 110, 1300),
        )
    )
    assert (invoice.subtotal, invoice.tax, invoice.total) == (376.37, 71.51, 447.88)
    assert invoice.currency == "EUR"


def test_the_columns_of_a_line_item_table_are_never_taken_for_sums():
    invoice = read(
        page(
            ("Pos", 100, 1000),
            ("Beschreibung", 200, 1000),
            ("Menge", 700, 1000),
            ("Nettobetrag", 1000, 1000),
            ("Brutto", 1300, 1000),
            ("1", 100, 1040),
            ("Privathaftpflicht", 200, 1040),
            ("1 Stk", 700, 1040),
            ("59,50", 1050, 1040),
            ("59,50", 1320, 1040),
            ("Gesamtbetrag", 700, 1200),
            ("59,50", 1320, 1200),
        )
    )
    assert invoice.total == 59.5
    assert invoice.subtotal is None


def test_a_receipts_tax_summary_after_the_total_does_not_replace_its_labelled_tax():
    invoice = read(
        receipt(
            [("KEDAI MAJU SDN BHD", 100)],
            [("Latte", 20), ("15.00", 500)],
            [("Total Excl. of GST", 20), ("15.00", 500)],
            [("Total GST", 20), ("0.90", 500)],
            [("Total Incl. of GST", 20), ("15.90", 500)],
            [("GST Summary", 20), ("Amount(RM)", 260), ("Tax(RM)", 440)],
            [("SR @6%", 20), ("15.00", 300), ("0.90", 470)],
        )
    )
    assert (invoice.subtotal, invoice.tax, invoice.total) == (15.0, 0.9, 15.9)


def test_the_currency_a_label_names_counts_and_a_weekday_is_no_franc():
    assert guess_currency("Währung: EUR\nSumme 12,00")[0] == "EUR"
    assert guess_currency("Steuerbetrag in EUR 0,00")[0] == "EUR"
    assert guess_currency("Netto EUR | MwSt. EUR | Brutto EUR")[0] == "EUR"
    assert guess_currency("Amount (MYR)\nTotal ALL items 5.00")[0] == "MYR"
    # A code after its label, its amount a column apart (rows join columns by an em space).
    assert _NAMED_CODE.search("Brutto EUR\u200312,00").group(2) == "EUR"
    assert guess_currency("Made in USA 12.00")[0] is None
    assert guess_currency("Mo.-Fr. 08.30 - 12.30 Uhr\nSumme 50,00")[0] is None
    assert guess_currency("Total Fr. 12.50")[0] == "CHF"


def test_an_extra_charge_with_its_tax_rate_is_no_tax():
    invoice = read(
        receipt(
            [("Seller Company Ltd", 100)],
            [("Extra charge (Tax: 0.00%): Surcharge", 20), ("1.50", 560)],
            [("Net Total Amount", 20), ("990.00", 540)],
            [("Gross Total Amount", 20), ("990.00", 540)],
        )
    )
    assert invoice.total == 990.0
    assert invoice.tax is None


def test_the_vat_added_to_the_net_sum_is_the_tax_and_confirms_the_total():
    invoice = read(
        page(
            ("Rechnung", 150, 600),
            ("Summe netto", 900, 1000),
            ("25,99 €", 1300, 1000),
            ("zzgl. 19% USt.", 900, 1040),
            ("4,94 €", 1300, 1040),
            ("Rechnungsbetrag", 900, 1080),
            ("30,93 €", 1300, 1080),
        )
    )
    assert (invoice.subtotal, invoice.tax, invoice.total) == (25.99, 4.94, 30.93)
    assert invoice.confidence["total"] >= 0.95


INVOICES_ELSEWHERE = {
    "a Spanish invoice": (
        [
            ("Talleres García S.L.", 150, 80),
            ("C/ Mayor 14, 28013 Madrid", 150, 120),
            ("CIF: B12345678", 150, 160),
            ("Factura nº: 2024/015", 900, 300),
            ("Fecha: 05/03/2024", 900, 340),
            ("Cliente: Ana López", 150, 300),
            ("Cambio de aceite", 150, 600),
            ("100,00 €", 1300, 600),
            ("Base imponible", 900, 800),
            ("100,00 €", 1300, 800),
            ("IVA 21%", 900, 840),
            ("21,00 €", 1300, 840),
            ("Total factura", 900, 880),
            ("121,00 €", 1300, 880),
        ],
        ("Talleres García S.L.", "2024/015", "2024-03-05", 100.0, 21.0, 121.0),
    ),
    "an Italian invoice to a company": (
        [
            ("Ferramenta Rossi S.r.l.", 150, 80),
            ("Via Roma 10, 20121 Milano", 150, 120),
            ("P.IVA 01234567890", 150, 160),
            ("Fattura n. 15/2024", 900, 300),
            ("Data: 05/03/2024", 900, 340),
            ("Spett.le Bianchi S.p.A.", 150, 300),
            ("Trapano", 150, 600),
            ("100,00", 1300, 600),
            ("Imponibile", 900, 800),
            ("100,00", 1300, 800),
            ("IVA 22%", 900, 840),
            ("22,00", 1300, 840),
            ("Totale documento", 900, 880),
            ("€ 122,00", 1300, 880),
        ],
        ("Ferramenta Rossi S.r.l.", "15/2024", "2024-03-05", 100.0, 22.0, 122.0),
    ),
    "a Chinese VAT invoice": (
        [
            ("上海市增值税普通发票", 500, 60),
            ("发票号码: 12345678", 1100, 100),
            ("开票日期: 2018年12月25日", 1100, 140),
            ("购买方 名称: 北京某某科技有限公司", 150, 250),
            ("合计", 150, 500),
            ("¥300.00", 900, 500),
            ("¥50.30", 1200, 500),
            ("价税合计(大写) 叁佰伍拾元叁角", 150, 560),
            ("(小写) ¥350.30", 1000, 560),
            ("销售方 名称: 上海某某贸易有限公司", 150, 650),
        ],
        ("上海某某贸易有限公司", "12345678", "2018-12-25", 300.0, 50.3, 350.3),
    ),
    "a British invoice whose net amount has an unknown label": (
        [
            ("Thames Joinery Ltd", 150, 80),
            ("VAT Reg No: GB 123 4567 89", 150, 160),
            ("Invoice No: TJ-1042", 900, 400),
            ("Invoice Date: 3rd March 2024", 900, 440),
            ("Fitted wardrobe", 150, 700),
            ("£100.00", 1300, 700),
            ("Net", 900, 900),
            ("£100.00", 1300, 900),
            ("VAT @ 20%", 900, 940),
            ("£20.00", 1300, 940),
            ("Total", 900, 980),
            ("£120.00", 1300, 980),
        ],
        ("Thames Joinery Ltd", "TJ-1042", "2024-03-03", 100.0, 20.0, 120.0),
    ),
}



@pytest.mark.parametrize(
    ("sums", "net", "tax"),
    [
        (
            [
                ("Total", 800, 700),
                ("69,00 €", 1300, 700),
                ("Synthèse TVA", 150, 760),
                ("Taux TVA", 150, 800),
                ("Total HT", 700, 800),
                ("Total TVA", 1100, 800),
                ("20%", 150, 840),
                ("57,50 €", 700, 840),
                ("11,50 €", 1100, 840),
            ],
            57.50,
            11.50,
        ),
        (
            [
                ("Sub Total", 800, 620),
                ("1,01,000.00", 1300, 620),
                ("IGST18 (18%)", 800, 660),
                ("18,180.00", 1300, 660),
                ("Total", 800, 700),
                ("₹1,19,180.00", 1300, 700),
            ],
            101000.0,
            18180.0,
        ),
        (
            [
                ("Subtotal:", 800, 620),
                ("$2,019.00", 1300, 620),
                ("Arizona TPT 8.6%:", 800, 660),
                ("$168.30", 1300, 660),
                ("Total:", 800, 700),
                ("$2,187.30", 1300, 700),
            ],
            2019.0,
            168.30,
        ),
    ],
    ids=["a French VAT summary table", "India's IGST with its rate glued on", "Arizona's TPT"],
)
def test_tax_named_by_billing_systems(sums, net, tax):
    invoice = read(page(("Invoice", 150, 60), ("Item", 150, 400), ("1.00", 1300, 400), *sums))
    assert (invoice.subtotal, invoice.tax) == (net, tax)


@pytest.mark.parametrize("kind", list(INVOICES_ELSEWHERE))
def test_invoices_from_elsewhere(kind):
    placed, expected = INVOICES_ELSEWHERE[kind]
    invoice = read(page(*placed))
    found = (
        invoice.vendor,
        invoice.invoice_number,
        invoice.issue_date,
        invoice.subtotal,
        invoice.tax,
        invoice.total,
    )
    assert found == expected
    assert needs_review(invoice, checks(invoice, TODAY)) == []


def test_a_service_charge_or_tip_is_part_of_the_total_and_fails_no_check():
    tipped = read(
        receipt(
            [("Blue Door Bistro", 120)],
            [("03/14/2024 8:12 PM", 280)],
            [("2 Burger", 20), ("30.00", 480)],
            [("2 Beer", 20), ("15.00", 480)],
            [("Subtotal", 20), ("45.00", 480)],
            [("Tax", 20), ("3.71", 480)],
            [("Tip", 20), ("9.00", 480)],
            [("Total", 20), ("$57.71", 470)],
        )
    )
    assert (tipped.subtotal, tipped.tax, tipped.charges, tipped.total) == (45.0, 3.71, 9.0, 57.71)
    (sums,) = [check for check in checks(tipped, TODAY) if check.name == "totals"]
    assert sums.ok and "service charge" in sums.message
    assert not {"subtotal", "tax", "total"} & set(needs_review(tipped, checks(tipped, TODAY)))
    charged = read(
        receipt(
            [("RESTORAN SELERA SDN BHD", 100)],
            [("Subtotal", 20), ("26.60", 480)],
            [("Serv. Charge (10%):", 20), ("2.66", 480)],
            [("GST @6%", 20), ("1.76", 480)],
            [("Rounding Adj:", 20), ("-0.02", 480)],
            [("Total (incl. service charge)", 20), ("31.00", 480)],
        )
    )
    assert (charged.charges, charged.total) == (2.66, 31.0)
    assert not {"subtotal", "tax"} & set(needs_review(charged, checks(charged, TODAY)))


def test_a_german_till_receipts_tax_table_gives_net_and_tax_and_confirms_the_total():
    invoice = read(
        receipt(
            [("REWE Markt GmbH", 120)],
            [("Milch 1,5%", 20), ("1,19 A", 480)],
            [("Kaffee", 20), ("11,15 A", 480)],
            [("SUMME", 20), ("EUR 12,34", 440)],
            [("Geg. BAR", 20), ("EUR 20,00", 440)],
            [("Rückgeld BAR", 20), ("EUR 7,66", 440)],
            [("Steuer %", 20), ("Netto", 200), ("Steuer", 320), ("Brutto", 440)],
            [("A= 7,0%", 20), ("11,53", 200), ("0,81", 320), ("12,34", 440)],
            [("Datum: 12.03.2024", 20)],
        )
    )
    assert (invoice.subtotal, invoice.tax, invoice.total) == (11.53, 0.81, 12.34)
    assert invoice.confidence["total"] >= 0.95


def test_the_nets_printed_one_per_rate_under_its_rate_add_up_to_the_net_amount():
    invoice = read(
        receipt(
            [("CORRIB PHARMACY", 150)],
            [("VITAMIN D3 SPRAY", 20), ("€12.95", 480)],
            [("TOTAL", 20), ("€25.93", 480)],
            [("CASH", 20), ("€50.00", 480)],
            [("CHANGE", 20), ("€24.07", 480)],
            [("* VAT @ 23%", 20)],
            [("Net €8.53", 20), ("VAT €1.96", 300)],
            [("VAT @ 0%", 20), ("Net €15.44", 300)],
        )
    )
    assert (invoice.subtotal, invoice.tax, invoice.total) == (23.97, 1.96, 25.93)


def test_a_credit_notes_net_amount_is_negative_like_its_total():
    invoice = read(
        page(
            ("Thornbury Lab Supplies Ltd", 150, 60),
            ("Credit note no:", 800, 200),
            ("CN-004127", 1100, 200),
            ("Nitrile gloves", 150, 500),
            ("-108.00", 1300, 500),
            ("Net", 900, 700),
            ("-£240.00", 1300, 700),
            ("VAT 20%", 900, 740),
            ("-£48.00", 1300, 740),
            ("Total credit", 900, 780),
            ("-£288.00", 1300, 780),
        )
    )
    assert (invoice.subtotal, invoice.tax, invoice.total) == (-240.0, -48.0, -288.0)


@pytest.mark.parametrize(
    ("adjustments", "net_label", "net"),
    [
        ([("Discount 5%", "-30.69"), ("Shipping", "12.50")], "Net amount", "595.61"),
        ([("Frais de port", "-18.19")], "Total HT net", "595.61"),
    ],
)
def test_the_net_amount_after_discounts_and_charges_is_the_subtotal_the_items_add_to_the_first(
    adjustments, net_label, net
):
    placed = [
        ("Pennine Catering Supplies Ltd", 111, 100),
        ("SALES INVOICE", 1200, 100),
        ("Invoice No.", 111, 300),
        ("SI-118204", 500, 300),
        ("Date", 111, 340),
        ("27/02/2026", 500, 340),
        ("Chef knife 20cm", 111, 600),
        ("413.80", 1300, 600),
        ("Stock pot 30L", 111, 640),
        ("200.00", 1300, 640),
        ("Subtotal", 900, 700),
        ("613.80", 1300, 700),
    ]
    y = 740
    for label, value in adjustments:
        placed += [(label, 900, y), (value, 1300, y)]
        y += 40
    placed += [
        (net_label, 900, y),
        (net, 1300, y),
        ("VAT 20%", 900, y + 40),
        ("119.12", 1300, y + 40),
        ("TOTAL GBP", 900, y + 80),
        ("714.73", 1300, y + 80),
    ]
    invoice = read(page(*placed))

    assert (invoice.subtotal, invoice.line_total, invoice.tax, invoice.total) == (
        595.61,
        613.80,
        119.12,
        714.73,
    )
    assert needs_review(invoice, checks(invoice, TODAY)) == []


def test_charges_before_tax_are_the_net_amount_not_a_tax():
    invoice = read(
        page(
            ("Riverside Electric & Water Co.", 111, 100),
            ("UTILITY BILL", 1200, 100),
            ("Bill number", 900, 200),
            ("30918-2604", 1200, 200),
            ("Bill date", 900, 240),
            ("04/07/2026", 1200, 240),
            ("Previous balance", 111, 600),
            ("$398.62", 1300, 600),
            ("Payment received 03/18 – thank you", 111, 640),
            ("-$398.62", 1300, 640),
            ("Current charges (before tax)", 111, 680),
            ("$412.47", 1300, 680),
            ("Ohio kWh tax", 111, 720),
            ("$10.15", 1300, 720),
            ("Current charges", 111, 760),
            ("$422.62", 1300, 760),
            ("Total amount due", 111, 800),
            ("$422.62", 1300, 800),
        )
    )

    assert (invoice.subtotal, invoice.tax, invoice.total) == (412.47, 10.15, 422.62)
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


def test_the_tax_per_rate_is_summed_past_another_columns_text_between_its_rows():
    invoice = read(
        page(
            ("Liffey Print & Signage Limited", 111, 80),
            ("Invoice date: 7 March 2025", 900, 140),
            ("Brochures A4 8pp", 111, 600),
            ("1,050.00", 1300, 600),
            ("Bank: Liffey Print & Signage Limited", 111, 800),
            ("Subtotal", 900, 800),
            ("€ 2,239.00", 1250, 800),
            ("IBAN IE29 AIBK 9311 5212 3456 78", 111, 840),
            ("VAT 23%", 900, 880),
            ("€ 273.47", 1250, 880),
            ("Please quote invoice number LPS-10448.", 111, 920),
            ("VAT 13.5%", 900, 960),
            ("€ 141.75", 1250, 960),
            ("Invoice total", 900, 1000),
            ("€ 2,654.22", 1250, 1000),
        )
    )

    assert (invoice.subtotal, invoice.tax, invoice.total) == (2239.00, 415.22, 2654.22)
    assert "total" not in needs_review(invoice, checks(invoice, TODAY))


def test_a_gulf_receipt_in_thousandths_is_read_and_shown_to_the_fils():
    invoice = read(
        receipt(
            [("QURUM SANDS CAFE L.L.C.", 100)],
            [("Qurum Beach, Muscat - Oman", 40)],
            [("Date: 11/05/2025 19:48", 20)],
            [("Sub Total", 20), ("6.900", 460)],
            [("VAT 5%", 20), ("0.345", 460)],
            [("TOTAL OMR", 20), ("7.245", 460)],
        )
    )
    assert (invoice.currency, invoice.subtotal, invoice.tax, invoice.total) == (
        "OMR",
        6.9,
        0.345,
        7.245,
    )
    done = checks(invoice, TODAY)
    assert done[0].message == "subtotal + tax = total (7.245)"
    data = {
        "file": "qurum.jpg",
        **{name: getattr(invoice, name) for name in FIELDS},
        "line_items": [],
        "needs_review": needs_review(invoice, done),
        "verdict": "valid",
        "checks": [check.as_dict() for check in done],
    }
    assert "OMR 7.245" in render(data)


def test_a_point_before_three_digits_groups_thousands_outside_the_gulfs_currencies():
    assert amounts("TOTAL 13.650")[0].value == Decimal("13650")
    with counted_in("BHD"):
        assert amounts("TOTAL 13.650")[0].value == Decimal("13.650")
        assert amounts("TOTAL 1,250.500")[0].value == Decimal("1250.500")
        assert amounts("TOTAL 4.50")[0].value == Decimal("4.50")


def test_a_senior_citizens_discount_under_the_sales_total_leaves_the_amount_due_the_total():
    invoice = read(
        receipt(
            [("GOLDEN TAPSI FOOD CORP.", 100)],
            [("VAT REG TIN: 008-221-456-00000", 40)],
            [("Date: 04/11/2025 12:31 PM", 20)],
            [("2 TAPSILOG", 20), ("298.00", 460)],
            [("1 LONGSILOG", 20), ("139.00", 460)],
            [("3 ICED TEA", 20), ("135.00", 460)],
            [("Total Sales", 20), ("572.00", 460)],
            [("Less: VAT (SC)", 20), ("-20.43", 460)],
            [("Less: SC Disc 20%", 20), ("-34.05", 460)],
            [("AMOUNT DUE", 20), ("P517.52", 460)],
            [("CASH", 20), ("600.00", 460)],
            [("CHANGE", 20), ("82.48", 460)],
        )
    )
    assert invoice.total == 517.52


@pytest.mark.parametrize(
    ("printed", "currency"),
    [("N50,290.00", "NGN"), ("₦50,290.00", "NGN"), ("KSh 50,290.00", "KES")],
)
def test_the_naira_and_the_kenyan_shilling_are_read_run_into_or_before_their_amounts(
    printed, currency
):
    invoice = read(
        receipt(
            [("EBONY MART STORES LIMITED", 100)],
            [("Date: 21/02/2025 13:47", 20)],
            [("SUBTOTAL", 20), (printed, 460)],
            [("TOTAL", 20), (printed, 460)],
        )
    )
    assert (invoice.total, invoice.currency) == (50290.0, currency)
