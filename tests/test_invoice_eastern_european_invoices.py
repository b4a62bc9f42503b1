"""Invoices from Central and Eastern Europe, the Baltics and the Balkans, in their own
languages.

Each names its number in its own words (Hungary's `Számlaszám`, Croatia's `Broj računa`)
or marks it under the title with a sign of its own (`RAČUN` over `št. 2024-00457`,
Poland's `Faktura VAT` over `nr FS 0412/09/24`). Romania and Lithuania number an
invoice within a series (`Seria: RTI` over `Nr. facturii: 00482`): the two together
name it. The seller and the buyer head their blocks in the local words (`Pardavėjas`,
`Pirkėjas`, `Доставчик`, `Получател`), and the document's title set in the seller's
column is no part of its name. The amount to pay has its own words (`Kokku tasuda`,
`Fizetendő`, `Сума за плащане`) beside a sum without the tax (`Summa km-ta`), and the
currency may be said only in an amount's heading (`Kokku tasuda (EUR)`) or after it
(`лв.`). Latvia writes the year first, then the day, then the month (`2025. gada 15.
aprīlī`).
"""

import pytest

from bot.invoices.dates import find_dates
from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import receipt


def test_a_hungarian_invoice_number_is_read_after_szamlaszam():
    invoice = read(
        receipt(
            [("Pannon Nyomda Zrt.", 20), ("Számla kelte:", 600), ("2025.01.30.", 900)],
            [("Számlaszám: PNY/2025/00218", 20)],
            [("Grafikai tördelés", 20), ("152.000", 900)],
            [("Fizetendő:", 20), ("193.040 Ft", 900)],
        )
    )

    assert invoice.invoice_number == "PNY/2025/00218"


@pytest.mark.parametrize(
    ("title_row", "number"),
    [
        ([("RAČUN", 600)], [("št. 2024-00457", 600)]),
        (
            [("Faktura VAT", 20), ("Data wystawienia:", 600), ("30.09.2024", 1000)],
            [("nr FS 0412/09/24", 20), ("Data wykonania usługi:", 600), ("30.09.2024", 1000)],
        ),
        ([("ARVE", 600)], [("nr 24-0187", 600)]),
        (
            [("Faktúra – daňový doklad", 20), ("Variabilný symbol:", 600), ("250117", 1000)],
            [("č. FA250117", 20)],
        ),
    ],
)
def test_a_number_marked_in_the_local_way_under_the_title_is_the_invoices(title_row, number):
    invoice = read(
        receipt(
            [("Alpinaprom d.o.o.", 20)],
            title_row,
            number,
            [("Tržaška cesta 134, 1000 Ljubljana", 20)],
            [("Storitve montaže", 20), ("1.250,00", 1000)],
            [("Skupaj", 20), ("1.525,00", 1000)],
        )
    )

    assert invoice.invoice_number == number[0][0].split(" ", 1)[1]


def test_a_croatian_number_is_read_after_broj_racuna():
    invoice = read(
        receipt(
            [("jadransoft", 20), ("RAČUN", 600)],
            [("Broj računa: 245/WEB1/1", 600)],
            [("Godišnja licenca", 20), ("2.400,00", 1000)],
            [("Ukupno za platiti", 20), ("3.000,00 EUR", 1000)],
        )
    )

    assert invoice.invoice_number == "245/WEB1/1"


def test_a_romanian_series_over_its_number_name_the_invoice_together():
    invoice = read(
        receipt(
            [("Furnizor:", 20), ("Cumpărător:", 1200)],
            [("ROMTEHNICA INSTAL S.R.L.", 20), ("CASA VERDE IMOBILIARE S.R.L.", 1200)],
            [
                ("C.I.F.: RO34875120", 20),
                ("Seria:", 600),
                ("RTI", 850),
                ("C.I.F.: RO40821563", 1200),
            ],
            [("Sediul: Str. Fabricii nr. 47", 20), ("Nr. facturii:", 600), ("00482", 850)],
            [("Montaj instalație", 20), ("2.150,00", 1000)],
            [("Total de plată", 20), ("2.558,50 lei", 1000)],
        )
    )

    assert invoice.invoice_number == "RTI 00482"


def test_a_series_and_number_on_one_line_name_the_invoice_and_a_streets_number_does_not():
    invoice = read(
        receipt(
            [("BIROTICA CARPAȚI S.R.L.", 20)],
            [("Factură", 20)],
            [("Seria BCF nr. 10294", 20)],
            [("Str. Lungă nr. 126, Brașov", 20)],
            [("Hârtie copiator A4", 20), ("438,00", 1000)],
            [("Total de plată", 20), ("521,22 lei", 1000)],
        )
    )

    assert invoice.invoice_number == "BCF 10294"


def test_a_series_whose_number_is_only_a_streets_on_the_next_line_names_nothing():
    invoice = read(
        receipt(
            [("BIROTICA CARPAȚI S.R.L.", 20)],
            [("Seria:", 600), ("BCF", 850)],
            [("Sediul: Str. Lungă nr. 126, Brașov", 20)],
            [("Hârtie copiator A4", 20), ("438,00", 1000)],
            [("Total de plată", 20), ("521,22 lei", 1000)],
        )
    )

    assert invoice.invoice_number != "BCF 126"


def test_the_document_title_in_the_sellers_column_is_no_part_of_its_name():
    invoice = read(
        receipt(
            [("Furnizor:", 20), ("Cumpărător:", 1200)],
            [("FACTURĂ", 20)],
            [("ROMTEHNICA INSTAL S.R.L.", 20), ("CASA VERDE IMOBILIARE S.R.L.", 1200)],
            [("C.I.F.: RO34875120", 20), ("C.I.F.: RO40821563", 1200)],
            [("Montaj instalație", 20), ("2.150,00", 1000)],
            [("Total de plată", 20), ("2.558,50 lei", 1000)],
        )
    )

    assert invoice.vendor == "ROMTEHNICA INSTAL S.R.L."


def test_a_lithuanian_seller_is_named_under_its_heading_and_its_euro_said_in_a_heading():
    invoice = read(
        receipt(
            [("Pardavėjas", 20), ("Pirkėjas", 1200)],
            [("UAB „Baltijos medis“", 20), ("PVM SĄSKAITA", 600), ("MB „Namų statyba“", 1200)],
            [("Įmonės kodas: 304518726", 20), ("FAKTŪRA", 600), ("Įmonės kodas: 305812490", 1200)],
            [("Data: 2024-10-21", 600)],
            [("Prekės (paslaugos) pavadinimas", 20), ("Suma, EUR", 1000)],
            [("Pjautinė mediena C24", 20), ("1 617,00", 1000)],
            [("PVM 21 %", 20), ("339,57", 1000)],
            [("Bendra suma, EUR:", 20), ("1 956,57", 1000)],
        )
    )

    assert (invoice.vendor, invoice.currency) == ("UAB „Baltijos medis“", "EUR")


def test_an_estonian_amount_to_pay_outweighs_the_sum_without_vat_and_says_its_currency():
    invoice = read(
        receipt(
            [("Põhjarannik Ehitus OÜ", 20), ("ARVE", 900)],
            [("nr 24-0187", 900)],
            [("Arve kuupäev", 600), ("19.12.2024", 1000)],
            [("Vannitoa remonttööd", 20), ("3 860,00", 1000)],
            [("Plaadid ja plaatimissegu", 20), ("1 124,60", 1000)],
            [("Summa km-ta", 20), ("5 174,60", 1000)],
            [("Käibemaks 22%", 20), ("1 138,41", 1000)],
            [("Kokku tasuda (EUR)", 20), ("6 313,01", 1000)],
        )
    )

    assert (invoice.total, invoice.currency) == (6313.01, "EUR")


def test_a_bulgarian_invoice_is_the_suppliers_in_leva():
    invoice = read(
        receipt(
            [("Получател:", 20), ("Доставчик:", 1100)],
            [("Агро Тракия ООД", 20), ("ФАКТУРА", 600), ("Техномаркет Пловдив ЕООД", 1100)],
            [("ЕИК: 115724938", 20), ("ЕИК: 204871236", 1100)],
            [("Дата на издаване: 12.06.2024", 600)],
            [("Лаптоп Lenovo ThinkPad E16", 20), ("4 275,00", 1000)],
            [("Данъчна основа:", 20), ("6 134,50", 1000)],
            [("ДДС 20%:", 20), ("1 226,90", 1000)],
            [("Сума за плащане:", 20), ("7 361,40 лв.", 1000)],
        )
    )

    assert (invoice.vendor, invoice.total, invoice.currency) == (
        "Техномаркет Пловдив ЕООД",
        7361.40,
        "BGN",
    )


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Datums: 2025. gada 15. aprīlī", "2025-04-15"),
        ("2024 m. spalio 21 d.", "2024-10-21"),
        ("Kelt: 2025. január 30.", "2025-01-30"),
        ("V Praze dne 12. června 2024", "2024-06-12"),
        ("Data: 21 martie 2024", "2024-03-21"),
        ("Дата: 5 декември 2024", "2024-12-05"),
    ],
)
def test_dates_with_month_names_are_read_in_the_regions_languages(text, date):
    assert [found.date.isoformat() for found in find_dates(text)] == [date]


def test_an_estonian_footer_with_its_registry_code_names_the_company_behind_the_logo():
    invoice = read(
        page(
            ("PÕHJARANNIK", 140, 120),
            ("ARVE", 1500, 120),
            ("nr 24-0187", 1500, 190),
            ("Maksja", 140, 330),
            ("Kadaka Kinnisvara AS", 140, 365),
            ("Arve kuupäev", 900, 365),
            ("19.12.2024", 1400, 365),
            ("Kadaka tee 63, 12915 Tallinn", 140, 400),
            ("Kirjeldus", 140, 640),
            ("Summa", 1500, 640),
            ("Vannitoa remonttööd", 140, 680),
            ("5 174,60", 1500, 680),
            ("Käibemaks 22%", 140, 840),
            ("1 138,41", 1500, 840),
            ("Kokku tasuda (EUR)", 140, 890),
            ("6 313,01", 1500, 890),
            ("Põhjarannik Ehitus OÜ", 140, 2060),
            ("Reg. kood 12847361", 700, 2060),
            ("Peterburi tee 47", 140, 2090),
            ("KMKR EE101784629", 700, 2090),
            ("11415 Tallinn", 140, 2120),
        )
    )

    assert invoice.vendor == "Põhjarannik Ehitus OÜ"


@pytest.mark.parametrize("printed", ["nr wydr. 183322", "nr wydr.183322"])
def test_a_polish_fiscal_receipts_printout_number_is_its_number(printed):
    invoice = read(
        receipt(
            [("STACJA PALIW ORLIK", 80)],
            [("Orlik Paliwa Sp. z o.o.", 60)],
            [("NIP 554-287-11-62", 60)],
            [("2025-01-17 07:52", 20), (printed, 400)],
            [("PARAGON FISKALNY", 120)],
            [("ON Diesel 42,15 l", 20), ("268,92 A", 500)],
            [("SUMA PLN", 20), ("268,92", 500)],
            [("01833 #Kasa 2", 20), ("Kasjer Monika", 300)],
        )
    )
    assert invoice.invoice_number == "183322"


def test_a_polish_limited_partnerships_whole_form_ends_the_name():
    invoice = read(
        page(
            ("Zielony Ogród Sp. z o.o. sp.k.", 150, 60),
            ("ul. Ogrodowa 12, 60-101 Poznań", 150, 100),
            ("NIP 779-241-55-18", 150, 140),
            ("Faktura VAT nr FV/2024/03/118", 900, 60),
            ("Data wystawienia: 12.03.2024", 900, 100),
            ("Sadzonki", 150, 300),
            ("1 000,00", 1300, 300),
            ("Do zapłaty", 900, 400),
            ("1 230,00 zł", 1250, 400),
        )
    )
    assert invoice.vendor == "Zielony Ogród Sp. z o.o. sp.k."


def test_a_polish_form_broken_over_two_lines_is_joined():
    invoice = read(
        page(
            ("AUTO-PART Hurtownia Części Samochodowych Sp. z", 150, 60),
            ("0.0.", 150, 100),
            ("ul. Fordońska 246, 85-766 Bydgoszcz", 150, 140),
            ("FAKTURA VAT nr FV-1184/12/22", 1100, 60),
            ("Data wystawienia: 09.12.2022", 1100, 100),
            ("Filtr oleju", 150, 300),
            ("100,00", 1300, 300),
            ("Do zapłaty", 900, 400),
            ("123,00 zł", 1260, 400),
        )
    )
    assert invoice.vendor == "AUTO-PART Hurtownia Części Samochodowych Sp. z o.o."
