"""German and Austrian till receipts as the fiscal rules have tills print them since 2020.

The receipt's own number comes as `Beleg 052281`, `Bel.Nr 31187` or `Bon:558210`, among
the fiscal block's transaction counter, the card slip's own `Beleg-Nr.` and a voucher's
for returned bottles (`Leergut-Bon Nr. 30981`); the OCR reads `Beleg-Nr.` and
`Steuer-Nr.` in a till's thermal type without their `r.` (`Beleg-N 0418`). The fiscal
block ends in a signature and a public key in base64, the last lines of the slip, and
the company that runs the shop signs the slip under them with its tax number.
"""

import pytest

from bot.invoices.parties import may_name
from tests.test_invoice_parties import read
from tests.test_invoice_rules import receipt

SIGNATURE = [
    [("TSE-Signatur:", 20)],
    [("sujnTMTAAYe7HmArMn1sdmgeueJeuh/oeQACRZrxHM", 20)],
    [("TSE-PublicKey:", 20)],
    [("lcUnY4NHNXJwJmjaPlIMi9HcgYboviX6JwWY4ty+", 20)],
    [("G/h3jtbygCsRSDaAp1z2VXnSYVWGBGHviKBzIuJH", 20)],
]


def slip(number_line: list[tuple[str, float]], *after: list[tuple[str, float]]) -> list:
    return receipt(
        [("BÄCKEREI SONNENKORN", 100)],
        [("Marktplatz 3 · 79098 Freiburg", 60)],
        [("Roggenbrot 750g", 20), ("4,20 B", 500)],
        [("Butterbrezel", 20), ("1,90 B", 500)],
        [("SUMME EUR", 20), ("6,10", 500)],
        [("Bar", 20), ("10,00", 500)],
        [("Rückgeld", 20), ("3,90", 500)],
        number_line,
        [("TSE-Transaktion:", 20), ("90331", 400)],
        *after,
    )


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ("Beleg 052281", "052281"),
        ("Beleg-N 0418", "0418"),
        ("03.12.21 06:58 Bel.Nr 31187", "31187"),
        ("Bon:558210", "558210"),
    ],
)
def test_a_tills_own_number_is_read_however_it_is_labelled(printed, number):
    assert read(slip([(printed, 20), ("17.06.2023 21:45", 450)])).invoice_number == number


def test_a_card_slips_own_receipt_number_under_the_tills_is_not_the_receipts():
    invoice = read(
        slip(
            [("Bon:558210", 20), ("29.05.2024 10:03", 450)],
            [("Kartenzahlung girocard", 20)],
            [("Beleg-Nr.:", 20), ("4579", 400)],
            [("Trace-Nr.:", 20), ("232925", 400)],
        )
    )
    assert invoice.invoice_number == "558210"


def test_a_voucher_for_returned_bottles_is_not_the_receipts_number():
    invoice = read(
        receipt(
            [("Getränke Kramer", 100)],
            [("Pils Kasten 20x0,5", 20), ("15,99 A", 500)],
            [("Leergut-Bon Nr. 30981", 20), ("-18,40 A", 500)],
            [("SUMME EUR", 20), ("61,23", 500)],
            [("Bon-Nr.: 72014", 20), ("04.08.2023", 300), ("17:44", 450)],
        )
    )
    assert invoice.invoice_number == "72014"


def test_a_signature_in_base64_is_no_name_and_the_company_signing_under_it_is_the_vendor():
    invoice = read(
        slip(
            [("Beleg 052281", 20), ("19.08.2020 14:02", 450)],
            *SIGNATURE,
            [("Sonnenkorn Backwaren GmbH", 60)],
            [("Rüttenscheider Str. 200, 45131 Essen", 20)],
            [("Steuer-N 112/5739/0441", 60)],
        )
    )
    assert invoice.vendor == "Sonnenkorn Backwaren GmbH"


def test_the_form_a_business_meal_slip_prints_for_the_guest_is_no_name():
    invoice = read(
        receipt(
            [("Gasthaus Zum Hirschen", 100)],
            [("Hirschen Gastronomie GmbH & Co. KG", 40)],
            [("Dorfstraße 1 · 83229 Aschau i. Chiemgau", 20)],
            [("Rechnung", 160)],
            [("Schweinebraten m. Knödel", 20), ("16,90 B", 500)],
            [("Summe EUR", 20), ("16,90", 500)],
            [("Beleg-N 23-11-0419", 20), ("11.11.2023 20:31", 450)],
            [("Bewirtungsbeleg", 120)],
            [("Bewirtete Personen:", 20)],
            [("Anlass:", 20)],
            [("Unterschrift:", 20)],
            [("Steuer-N 156/123/40518", 60)],
        )
    )
    assert invoice.vendor == "Hirschen Gastronomie GmbH & Co. KG"


def test_an_austrian_company_signs_the_slip_with_its_register_number_and_vat_id():
    lines = receipt(
        [("Bäckerei Grubmüller", 100)],
        [("Filiale Linz-Urfahr", 80)],
        [("Kaisersemmel", 20), ("0,45 B", 500)],
        [("Bauernbrot 1kg", 20), ("4,90 B", 500)],
        [("Summe EUR", 20), ("5,35", 500)],
        [("Bar", 20), ("10,00", 500)],
        [("Retour", 20), ("4,65", 500)],
        [("Beleg-Nr.: 104522", 20), ("01.10.2022 07:12", 450)],
        [("Grubmüller Backwaren GmbH", 60)],
        [("Industriezeile 9, 4020 Linz · FN 180334t", 20)],
        [("UID ATU41288705", 80)],
    )
    assert read(lines).vendor == "Grubmüller Backwaren GmbH"


@pytest.mark.parametrize(
    "serial", ["607be3fa371e3b2987c765", "92B7E539E7CC4A8F2C3E2F9B1ACD4BC2E2006FD9BF"]
)
def test_a_tse_serial_in_hexadecimal_is_no_name(serial):
    assert not may_name(serial)


def test_a_word_of_letters_a_to_f_is_still_a_name():
    assert may_name("FACADE CAFE")


def test_the_company_line_under_a_cafes_sign_is_the_vendor():
    invoice = read(
        receipt(
            [("CAFÉ HÜBNER", 120)],
            [("Café Konditorei Hübner KG", 60)],
            [("Hauptstraße 12 · 69117 Heidelberg", 40)],
            [("Rechnung Nr. 88417", 20)],
            [("09.06.2024 15:12", 20)],
            [("2 Cappuccino", 20), ("7,80", 500)],
            [("1 Schwarzwälder Kirsch", 20), ("4,90", 500)],
            [("SUMME EUR", 20), ("12,70", 500)],
        )
    )
    assert invoice.vendor == "Café Konditorei Hübner KG"
