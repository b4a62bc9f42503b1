"""Invoices of international trade: commercial and proforma invoices, export tax invoices.

An exporter prices in the currency of the sale and prints others beside it (India's
`Taxable value in INR` on a US-dollar export under LUT): what the invoice is for is in the
currency its total's row prints. A shipment's measures sum under `Total` too (`Total CBM:
61.20`, `Total gross weight: 9,412.00 KGS`); they are no money, and `KGS` is kilograms,
not Kyrgyzstan's som. The documentary credit an invoice is drawn under has its own date
(`L/C Date`, `… dated 12-May-2025`), as the bill of lading has. A Malaysian exporter
prices in US dollars and writes dates day first. A proforma's number is its `PI No.`.
A total's label in its own column beside a tax note (`VAT: non imponibile art. 8 | TOTAL
EXW`) is the total's. A Turkish company's name abbreviates its trade before its form
(`Tekstil San. ve Tic. Ltd. Şti.`), and the letters of a round stamp over the signature
are not part of the name it rings.
"""

from bot.invoices.parties import clean_name
from tests.test_invoice_parties import read
from tests.test_invoice_rules import receipt


def test_a_shipments_measures_are_no_total_and_its_kilograms_no_currency():
    invoice = read(
        receipt(
            [("MEGHNA KNIT COMPOSITE LTD.", 20)],
            [("COMMERCIAL INVOICE", 300)],
            [("Invoice No.:", 600), ("MKCL/EXP/2025/318", 800)],
            [("Date:", 600), ("03-Aug-2025", 800)],
            [("Description of Goods", 20), ("Qty", 500), ("Unit Price", 650), ("Total", 800)],
            [
                ("Men's knit hooded sweatshirt", 20),
                ("9,600", 500),
                ("6.85", 650),
                ("65,760.00", 800),
            ],
            [("Ladies' knit T-shirt", 20), ("14,400", 500), ("2.42", 650), ("34,848.00", 800)],
            [("Boys' knit jogger pants", 20), ("8,400", 500), ("4.10", 650), ("34,440.00", 800)],
            [("32,400 PCS / 770 CTNS", 20), ("TOTAL FOB VALUE", 450), ("USD 135,048.00", 800)],
            [("SAY US DOLLARS ONE HUNDRED AND THIRTY-FIVE THOUSAND FORTY-EIGHT ONLY", 20)],
            [
                ("Total gross weight: 9,412.00 KGS", 20),
                ("Total net weight: 8,603.50 KGS", 420),
                ("Total CBM: 61.20", 820),
            ],
        )
    )

    assert (invoice.total, invoice.currency) == (135048.0, "USD")


def test_the_letter_of_credits_date_is_not_the_invoices():
    invoice = read(
        receipt(
            [("MEGHNA KNIT COMPOSITE LTD.", 20)],
            [("COMMERCIAL INVOICE", 300)],
            [
                ("Consignee:", 20),
                ("Harrowgate Fashion Retail Ltd", 200),
                ("Invoice No.:", 600),
                ("MKCL/EXP/2025/318", 800),
            ],
            [("Unit 4, Trafford Park Road", 200), ("Date:", 600), ("03-Aug-2025", 800)],
            [("L/C No.:", 600), ("0918ILC25001834", 800)],
            [("L/C Date:", 600), ("12-May-2025", 800)],
            [("TOTAL FOB VALUE", 450), ("USD 135,048.00", 800)],
            [("Drawn under Documentary Credit No. 0918ILC25001834 dated 12-May-2025", 20)],
        )
    )

    assert invoice.issue_date == "2025-08-03"


def test_a_malaysian_exporter_pricing_in_dollars_writes_dates_day_first():
    invoice = read(
        receipt(
            [("PERAI PRECISION MOULDING SDN. BHD.", 20)],
            [("Plot 88, Lorong Perindustrian Bukit Minyak 5, 14100 Penang, Malaysia", 20)],
            [("COMMERCIAL INVOICE", 300)],
            [
                ("Sold To: Kovai Auto Components Pvt. Ltd.", 20),
                ("Invoice No.:", 600),
                ("PPM-CI-25-0991", 800),
            ],
            [("Kurichi, Coimbatore 641021", 20), ("Date:", 600), ("02/10/2025", 800)],
            [("FOB PENANG", 450), ("19,506.00", 800)],
            [("Sea freight", 450), ("640.00", 800)],
            [("Insurance", 450), ("38.40", 800)],
            [("TOTAL CIF CHENNAI", 450), ("USD 20,184.40", 800)],
        )
    )

    assert (invoice.issue_date, invoice.currency) == ("2025-10-02", "USD")


def test_an_american_exporters_dates_are_still_month_first():
    invoice = read(
        receipt(
            [("Crestline Machine Tools Inc.", 20)],
            [("2200 Industrial Blvd, Greenville, SC 29605", 20)],
            [("COMMERCIAL INVOICE", 300)],
            [
                ("Sold To: Perai Precision Moulding Sdn. Bhd.", 20),
                ("Invoice No.:", 600),
                ("CMT-4471", 800),
            ],
            [("Penang, Malaysia", 20), ("Date:", 600), ("02/10/2025", 800)],
            [("TOTAL FOB CHARLESTON", 450), ("USD 8,640.00", 800)],
        )
    )

    assert invoice.issue_date == "2025-02-10"


def test_a_proformas_number_is_its_pi_number():
    invoice = read(
        receipt(
            [("SHENZHEN LUMAXIN OPTOELECTRONIC CO., LTD.", 20)],
            [("PROFORMA INVOICE", 300)],
            [
                ("TO:", 20),
                ("Alhambra Lighting Trading LLC", 120),
                ("PI No.:", 600),
                ("LMX-PI-250612-03", 800),
            ],
            [("Dubai, United Arab Emirates", 120), ("Date:", 600), ("2025-06-12", 800)],
            [("TOTAL FOB SHENZHEN", 450), ("USD 27,935.00", 800)],
        )
    )

    assert invoice.invoice_number == "LMX-PI-250612-03"


def test_an_export_is_in_the_currency_its_total_is_printed_in():
    invoice = read(
        receipt(
            [("Sri Kaveri Knit Exports Pvt. Ltd.", 20)],
            [("Tiruppur - 641 602, Tamil Nadu, India", 20)],
            [("TAX INVOICE", 300)],
            [("Invoice No. SKK/EXP/25-26/041", 20), ("Invoice Date 19/05/2025", 600)],
            [("Exchange rate: 1 USD = INR 85.40", 20)],
            [("Men's cotton crew neck T-shirt", 20), ("6,000 PCS", 500), ("17,100.00", 800)],
            [("Ladies' cotton leggings", 20), ("3,600 PCS", 500), ("12,240.00", 800)],
            [("Kids' cotton polo shirt", 20), ("2,400 PCS", 500), ("7,560.00", 800)],
            [("12,000 PCS / 180 CTNS", 20), ("TOTAL FOB VALUE", 450), ("USD 36,900.00", 800)],
            [("IGST @ 0% (export under LUT): NIL", 20)],
            [("Taxable value in INR: 31,51,260.00 (@ 85.40)", 20)],
        )
    )

    assert (invoice.total, invoice.currency) == (36900.0, "USD")


def test_a_totals_label_in_its_own_column_beside_a_tax_note_is_the_totals():
    invoice = read(
        receipt(
            [("Officine Meccaniche Brianza S.p.A.", 20), ("P.IVA / VAT: IT03418820961", 1000)],
            [("INVOICE", 300)],
            [("Invoice No. 2025/EXP/0217", 20), ("Date 29/08/2025", 1000)],
            [("Rotary die-cutting unit RDC-1300", 20), ("86,400.00", 1450)],
            [("Spare anvil cover set 1300 mm", 20), ("4,720.00", 1450)],
            [("Commissioning and operator training", 20), ("4,200.00", 1450)],
            [("Seaworthy wooden crate packing", 20), ("1,650.00", 1450)],
            [
                ("VAT: non imponibile art. 8 c.1 lett. a) DPR 633/72", 20),
                ("TOTAL EXW", 1100),
                ("EUR 96,970.00", 1400),
            ],
            [("Less advance payment 40% (our inv. 2025/ACC/0031)", 300), ("-38,788.00", 1450)],
            [("Balance due", 1100), ("EUR 58,182.00", 1400)],
        )
    )

    assert (invoice.total, invoice.amount_due) == (96970.0, 58182.0)


def test_a_turkish_companys_abbreviated_trade_stays_in_its_name():
    invoice = read(
        receipt(
            [("Pamukkale Havlu", 20), ("20330 Honaz / Denizli, Türkiye", 700)],
            [("COMMERCIAL INVOICE", 300)],
            [("Invoice No. PHT2025000418", 20), ("Invoice Date 11.08.2025", 700)],
            [("BUYER / CONSIGNEE", 20)],
            [("Batavia Home Collection B.V.", 20)],
            [("Industrieweg 48", 20)],
            [("3044 AS Rotterdam, Netherlands", 20)],
            *[[(f"Bath towel 70x140 cm, lot {lot}", 20), ("4,752.00", 900)] for lot in range(1, 6)],
            [("TOTAL CIP ROTTERDAM", 450), ("EUR 23,760.00", 850)],
            *[[(f"Terms of sale, clause {clause} applies.", 20)] for clause in range(1, 9)],
            [("IBAN (EUR): TR42 0006 4000 0021 3440 8812 77", 20)],
            [
                (
                    "Pamukkale Havlu Tekstil San. ve Tic. Ltd. Şti. · Mersis No: 0721044839100015"
                    " · www.pamukkalehavlu.com.tr",
                    20,
                )
            ],
        )
    )

    assert invoice.vendor == "Pamukkale Havlu Tekstil San. ve Tic. Ltd. Şti."


def test_a_stamps_letters_after_the_name_it_rings_are_cut():
    assert clean_name("Al Noor Gulf General Trading LLC N E RAL TRA DI N") == (
        "Al Noor Gulf General Trading LLC"
    )
