"""Receipts from apps, as phone screenshots: ride-hailing, food delivery, marketplaces,
parking and utility apps.

The company that issues the receipt is named in a sentence of small print at the foot
of the screen (`ParkLah Technologies Sdn Bhd (201901004412) collects parking charges`,
`Kerbly Operations UK Ltd is the operator of this booking`, `PT Antar Makan Nusantara
atas nama merchant`); the screen's title and status lines (`Rincian Pesanan`,
`Pembayaran berhasil`) and its references name no one; an Indonesian app labels its
order's number `ID Pesanan` or `No. pesanan`.
"""

import pytest

from bot.invoices.parties import clean_name, may_name
from tests.test_invoice_parties import read
from tests.test_invoice_rules import receipt


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        (
            "ParkLah Technologies Sdn Bhd (201901004412) collects parking charges",
            "ParkLah Technologies Sdn Bhd",
        ),
        (
            "Air Murni Selangor Sdn Bhd (199901012334). Water supply is not subject",
            "Air Murni Selangor Sdn Bhd",
        ),
        (
            "Kerbly Operations UK Ltd is the operator of this private hire booking.",
            "Kerbly Operations UK Ltd",
        ),
        ("PT Antar Makan Nusantara atas nama merchant.", "PT Antar Makan Nusantara"),
        ("Bao & Broth Peckham Ltd; Crumbrun Ltd issues this receipt", "Crumbrun Ltd"),
        ("Müller GmbH und Co. KG", "Müller GmbH und Co. KG"),
        ("Smith & Sons Ltd and Partners", "Smith & Sons Ltd and Partners"),
    ],
)
def test_the_issuer_is_cut_from_the_sentence_of_small_print_that_names_it(printed, name):
    assert clean_name(printed) == name


@pytest.mark.parametrize(
    "text",
    [
        "Rincian Pesanan",
        "Pembayaran berhasil",
        "Payment successful",
        "INV/20240315/MPL/3847219912",
        "NPWP 84.221.903.5-017.000. Gedung Pasaraya Blok M",
        "Tanggal pembelian",
    ],
)
def test_an_apps_titles_status_lines_and_references_name_no_one(text):
    assert not may_name(text)


@pytest.mark.parametrize("label", ["ID Pesanan", "No. pesanan"])
def test_an_indonesian_apps_order_number_numbers_its_receipt(label):
    invoice = read(
        receipt(
            [("Jalanin", 40)],
            [("Perjalanan selesai", 40)],
            [("18 Mar 2024, 08:14", 40)],
            [(label, 20), ("JL-240318-8KQ2M7", 400)],
            [("Tarif perjalanan", 20), ("Rp52.000", 400)],
            [("Total dibayar", 20), ("Rp58.500", 400)],
        )
    )
    assert invoice.invoice_number == "JL-240318-8KQ2M7"
