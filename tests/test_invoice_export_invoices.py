"""Invoices European firms send abroad in English: a commercial invoice's `EXPORTER /
SELLER` block under a logo's brand, and a forwarder's `Invoice amount EUR` under a
reverse-charged VAT table."""

from tests.test_invoice_parties import page, read


def test_a_commercial_invoices_exporter_block_names_the_seller_not_the_logos_brand():
    invoice = read(
        page(
            ("TAUROX", 150, 60, 60),
            ("COMMERCIAL INVOICE", 900, 60, 40),
            ("industrial pumps & spare parts", 150, 130),
            ("EXPORTER / SELLER", 150, 200),
            ("INVOICE DETAILS", 900, 200),
            ("Maschinenfabrik Ebner Ges.m.b.H.", 150, 240),
            ("Invoice No.: 90-24-1788", 900, 240),
            ("Salzburger Straße 221", 150, 280),
            ("Invoice Date: 10.12.2024", 900, 280),
            ("4600 Wels, Austria", 150, 320),
            ("VAT ID: ATU23118907", 150, 360),
            ("CONSIGNEE / BUYER", 150, 440),
            ("Calder Valley Engineering Ltd", 150, 480),
            ("Centrifugal pump CP-80", 150, 700),
            ("6,832.00", 1300, 700),
            ("Total GBP", 900, 800),
            ("6,832.00", 1300, 800),
            ("Maschinenfabrik Ebner Ges.m.b.H. · export@taurox.at · www.taurox.at", 150, 1500),
        )
    )

    assert invoice.vendor == "Maschinenfabrik Ebner Ges.m.b.H."


def test_a_forwarders_invoice_amount_is_its_total():
    invoice = read(
        page(
            ("Spedition Kronauer GmbH", 150, 60, 40),
            ("Invoice No.", 900, 300),
            ("FR-24-078812", 1200, 300),
            ("Date", 900, 340),
            ("14.08.2024", 1200, 340),
            ("Full truckload Nürnberg – Wals-Siezenheim", 150, 600),
            ("1.380,00", 1300, 600),
            ("Waiting time, 2,5 h", 150, 640),
            ("137,50", 1300, 640),
            ("Diesel surcharge 9,5 %", 150, 680),
            ("131,10", 1300, 680),
            ("Invoice amount EUR", 900, 800),
            ("1.648,60", 1300, 800),
        )
    )

    assert invoice.total == 1648.60
