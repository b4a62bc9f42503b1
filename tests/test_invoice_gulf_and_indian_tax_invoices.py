"""Tax invoices of India, the Gulf and Australia, as their accounting software prints them.

Tally sets the quantity's total with its unit on the total's row (`Total | 2.95 MT | ₹
2,08,977.00`); a total less than its own tax is wrong, or the tax is. A Gulf invoice is
bilingual, its English label's Arabic between it and the value, its seller a `L.L.C.`
signing `For Dar Al Waha Trading Est.` over `Authorised Signatory`. Xero sets the seller's
block in a column beside `Invoice Date` over its date, and a payment advice's
`Amount Enclosed` is a field to fill in, not a name. A transporter bills trucks by
their length (`32 Ft MXL`): feet, not forints.
"""

import pytest

from bot.invoices.amounts import guess_currency
from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import receipt


def tally_invoice(total_row: tuple[tuple[str, float, float], ...]):
    return page(
        ("Mahalaxmi Steel Traders", 100, 60),
        ("Invoice No.", 900, 160),
        ("MST/0457/24-25", 1200, 160),
        ("Dated", 900, 210),
        ("14-Jun-2024", 1200, 210),
        ("Buyer (Bill to)", 100, 260),
        ("Hindvi Auto Components Pvt Ltd", 100, 310),
        ("Description of Goods", 100, 400),
        ("Quantity", 700, 400),
        ("Amount", 1300, 400),
        ("MS Square Tube 40x40x2mm", 100, 450),
        ("1.85 MT", 700, 450),
        ("1,13,775.00", 1300, 450),
        ("MS Flat 50x6mm", 100, 500),
        ("1.10 MT", 700, 500),
        ("63,324.00", 1300, 500),
        ("Output CGST @ 9%", 400, 600),
        ("15,938.91", 1300, 600),
        ("Output SGST @ 9%", 400, 650),
        ("15,938.91", 1300, 650),
        ("Round Off", 400, 700),
        ("0.18", 1300, 700),
        *total_row,
    )


def test_a_quantity_in_tonnes_on_the_total_row_leaves_the_label_to_the_amount():
    invoice = read(
        tally_invoice((("Total", 400, 750), ("2.95 MT", 700, 750), ("₹ 2,08,977.00", 1300, 750)))
    )
    assert invoice.total == 208977.00


def test_a_total_smaller_than_its_tax_goes_to_a_person():
    invoice = read(tally_invoice((("Total", 400, 750), ("2.95", 700, 750))))
    assert invoice.total == 2.95
    assert "total" in needs_review(invoice, checks(invoice))


def test_a_signature_for_the_seller_names_it_without_the_for():
    invoice = read(
        page(
            ("Dar Al Waha Trading Est.", 100, 60),
            ("Riyadh 14325, Kingdom of Saudi Arabia", 100, 110),
            ("VAT No.: 310456789200003", 100, 160),
            ("TAX INVOICE", 600, 260),
            ("Invoice No.", 100, 310),
            ("INV-2024-00871", 400, 310),
            ("Buyer", 800, 310),
            ("Issue Date", 100, 360),
            ("12/05/2024", 400, 360),
            ("Al Yamamah Catering Company", 800, 360),
            ("Commercial rice cooker 23L", 100, 500),
            ("6,348.00", 1300, 500),
            ("Total Amount Due (SAR)", 800, 600),
            ("6,348.00", 1300, 600),
            ("Al Rajhi Bank IBAN SA44 8000 0186 6080 1012 3456", 100, 1500),
            ("Receiver's Signature", 100, 1600),
            ("For Dar Al Waha Trading Est.", 900, 1600),
            ("Authorised Signatory", 900, 1650),
        )
    )
    assert invoice.vendor == "Dar Al Waha Trading Est."


def test_a_gulf_companys_llc_with_points_is_its_legal_form_under_its_logo():
    invoice = read(
        page(
            ("GULFBREEZE", 100, 60),
            ("Gulf Breeze Facility Management Services L.L.C.", 100, 140),
            ("Office 305, Al Muhairy Centre, Zayed the First St.", 100, 190),
            ("TRN: 100271946300003", 100, 240),
            ("TAX INVOICE", 600, 300),
            ("Tax Invoice No.", 100, 350),
            ("GBFM/AUH/24/0712", 400, 350),
            ("Date", 100, 400),
            ("03-Jul-2024", 400, 400),
            ("Quarterly HVAC maintenance", 100, 500),
            ("34,715.00", 1300, 500),
            ("VAT 5%", 800, 550),
            ("1,735.75", 1300, 550),
            ("Total (AED)", 800, 600),
            ("36,450.75", 1300, 600),
        )
    )
    assert invoice.vendor == "Gulf Breeze Facility Management Services L.L.C."


def test_the_sellers_block_beside_xeros_date_label_and_a_payment_advices_field():
    invoice = read(
        page(
            ("TAX INVOICE", 100, 60),
            ("Invoice Date", 700, 60),
            ("Bluegum Landscape Supplies Pty Ltd", 1000, 60),
            ("19 Aug 2024", 700, 110),
            ("44 Industrial Drive", 1000, 110),
            ("Invoice Number", 700, 160),
            ("Braeside VIC 3195", 1000, 160),
            ("Hollis & Mercer Gardens", 100, 210),
            ("INV-4417", 700, 210),
            ("ABN: 51 824 753 556", 1000, 210),
            ("Premium garden mix (m3)", 100, 400),
            ("1,770.00", 1300, 400),
            ("Subtotal", 900, 500),
            ("1,770.00", 1300, 500),
            ("TOTAL GST 10%", 900, 550),
            ("177.00", 1300, 550),
            ("TOTAL AUD", 900, 600),
            ("1,947.00", 1300, 600),
            ("PAYMENT ADVICE", 100, 1500),
            ("Customer Hollis & Mercer Gardens", 100, 1550),
            ("Amount Due 1,947.00", 900, 1600),
            ("Amount Enclosed", 900, 1700),
            ("Enter the amount you are paying above", 900, 1750),
            (
                "Company Registration No: ACN 824 753 556. Registered Office: Braeside VIC",
                100,
                1850,
            ),
        )
    )
    assert invoice.vendor == "Bluegum Landscape Supplies Pty Ltd"
    assert "vendor" not in needs_review(invoice, checks(invoice))


def test_a_gulf_scans_unreadable_arabic_label_and_its_tax_registration_number():
    """The recogniser reads the Arabic label as a few small letters run into the number
    (`gilál GBFM/AUH/24/0712`); `TRN:` heads the seller's tax registration, no number of
    the invoice's."""
    invoice = read(
        page(
            ("Gulf Breeze Facility Management Services L.L.C.", 100, 60),
            ("TRN: 100271946300003", 100, 110),
            ("TAX INVOICE", 600, 200),
            ("Tax Invoice No.", 100, 260),
            ("gilál GBFM/AUH/24/0712", 440, 260),
            ("Customer", 900, 260),
            ("Date", 100, 310),
            ("03-Jul-2024", 440, 310),
            ("MEP preventive maintenance", 100, 500),
            ("18,500.00", 1300, 500),
            ("Total (AED)", 800, 600),
            ("18,500.00", 1300, 600),
        )
    )
    assert invoice.invoice_number == "GBFM/AUH/24/0712"


def test_a_trucks_length_in_feet_is_no_forint():
    text = "\n".join(
        (
            "Particulars | Amount (Rs.)",
            "Mumbai - Pune, 32 Ft MXL container | 45,000.00",
            "Pune - Nashik, 20 Ft open body | 18,500.00",
            "Detention 2 days, 32 Ft MXL | 6,000.00",
            "Total | 69,500.00",
            "Rupees Sixty Nine Thousand Five Hundred Only",
        )
    )

    assert guess_currency(text)[0] == "INR"
    assert guess_currency("Kávé | 590 Ft\nÖsszesen | 4 590 Ft")[0] == "HUF"


def test_a_dealers_name_under_a_line_of_its_phone_number_heads_the_bill():
    invoice = read(
        receipt(
            [("GSTIN:36ABCPK4471M1ZQ", 20)],
            [("Cell: 94401 55872", 200)],
            [("SRI VENKATESWARA TRADERS", 60)],
            [("Dealers in : Cement, Steel & Pipes", 40)],
            [("D.No. 4-12-88, Main Road, Guntur - 522002", 20)],
            [("TAX INVOICE", 160)],
            [("No. 1186", 20), ("Date: 12/05/25", 330)],
            [("M/s. Lakshmi Constructions", 20)],
            [("Brodipet, Guntur", 20)],
            [("Cement OPC 53 Grade 50 Bags", 20), ("18,500.00", 420)],
            [("Total", 20), ("18,500.00", 420)],
        )
    )

    assert invoice.vendor == "SRI VENKATESWARA TRADERS"


def test_the_company_line_set_out_in_fields_with_bars_ends_at_its_form():
    invoice = read(
        receipt(
            [("SKYREACH", 40), ("Tax Invoice cum Bill of Supply", 400)],
            [
                (
                    "Skyreach Broadband Pvt. Ltd. |CIN U64200TN2015PTC101845 |GSTIN 33AAKCS9021L1Z6",
                    40,
                )
            ],
            [("Bill No.", 40), ("SKB/TN/2403/118274", 300)],
            [("Bill Date", 40), ("05-Mar-2024", 300)],
            [("M/s Anjali Textiles", 40)],
            [("Broadband 200 Mbps plan", 40), ("1,379.00", 600)],
            [("Total", 40), ("1,379.00", 600)],
        )
    )

    assert invoice.vendor == "Skyreach Broadband Pvt. Ltd."


@pytest.mark.parametrize(
    ("opening", "rest"),
    [("SRI VENKATESHWARA", "IYENGAR BAKERY"), ("M/S. SRI GANESH", "FILLING STATION")],
)
def test_an_indian_shops_name_opening_with_its_honorific_runs_over_two_lines(opening, rest):
    invoice = read(
        receipt(
            [(opening, 80)],
            [(rest, 100)],
            [("#221, 8th Main, Vijayanagar", 60)],
            [("Mysuru - 570017", 100)],
            [("GSTIN:29AQRPV4420H1ZC", 60)],
            [("Bill:1045", 20), ("Dt:07/01/23", 300)],
            [("Veg Puff", 20), ("2", 250), ("50.00", 400)],
            [("TOTAL", 20), ("50.00", 400)],
        )
    )
    assert invoice.vendor == f"{opening} {rest}"


def test_a_food_licence_number_over_the_title_is_not_the_bills_number():
    invoice = read(
        receipt(
            [("NILGIRI FRESH MART", 60)],
            [("Bengaluru, Karnataka - 560038", 60)],
            [("GSTIN: 29AAGCK4471R1ZT", 60)],
            [("FSSAI Lic No: 11219333000412", 60)],
            [("TAX INVOICE", 100)],
            [("Bill No: B1-0045321", 20), ("Counter: 03", 400)],
            [("Date: 14/03/2023", 20), ("Time: 18:42", 400)],
            [("Toor Dal 1kg", 20), ("165.00", 400)],
            [("NET AMOUNT", 20), ("165.00", 400)],
        )
    )
    assert invoice.invoice_number == "B1-0045321"


def courier_invoice(*, addressee_label: str = "To,"):
    """A courier's tax invoice as its billing software prints it: the letterhead, the
    customer under a letter's `To,`, the sums, and the bank's details beside the
    signature's `For SWIFTLINE COURIERS PVT. LTD.`."""
    return page(
        ("SWIFTLINE COURIERS PVT. LTD.", 450, 132, 44),
        ("Domestic & International Express", 611, 187, 27),
        ("Plot 23, Transport Nagar, Sector 69, Noida, Uttar Pradesh - 201301", 474, 227, 22),
        ("TAX INVOICE", 716, 336, 33),
        (addressee_label, 133, 409, 25),
        ("Invoice No.", 965, 409, 25),
        (": SCPL/NDA/24-25/3318", 1187, 409, 25),
        ("Herbaria Naturals Private Limited", 133, 442, 25),
        ("Date", 965, 445, 25),
        (": 28-Feb-2025", 1187, 445, 25),
        ("D-41, Sector 63", 133, 475, 25),
        ("Noida, Uttar Pradesh - 201301", 133, 509, 25),
        ("GSTIN : 09YOCCH2594D1Z5", 133, 542, 25),
        ("Domestic express courier charges - 38 shipments", 258, 781, 25),
        ("8,493.00", 1404, 781, 25),
        ("Total Taxable Value", 996, 1150, 25),
        ("10,401.74", 1389, 1150, 25),
        ("Total Invoice Value", 979, 1316, 26),
        ("12,274.00", 1383, 1316, 26),
        ("Bank : Axis Bank Ltd., Sector 18, Noida", 133, 1522, 23),
        ("A/c No. : 921020047718834", 133, 1552, 23),
        ("IFSC : UTIB0000554", 472, 1552, 23),
        ("For SWIFTLINE COURIERS PVT. LTD.", 1025, 1553, 26),
        ("Authorised Signatory", 1288, 1722, 23),
        ("Registered Office: Plot 23, Transport Nagar, Sector 69, Noida - 201301", 337, 2212, 20),
    )


def test_a_letters_to_over_the_addressee_marks_the_customer_not_the_seller():
    invoice = read(courier_invoice())

    assert invoice.vendor == "SWIFTLINE COURIERS PVT. LTD."
    assert invoice.confidence["vendor"] >= 0.7


def test_a_bill_books_amount_column_split_by_a_rule_alone_keeps_its_paise():
    bill = read(
        receipt(
            [("Sai Graphics & Printers", 40)],
            [("No. 0457", 40), ("Date: 02/08/2024", 500)],
            [("PARTICULARS", 40), ("QTY.", 380), ("RATE", 480), ("AMOUNT", 600)],
            [
                ("Bill Books (Duplicate, 50x2)", 40),
                ("20", 380),
                ("95", 480),
                ("1900", 600),
                ("0o", 680),
            ],
            [
                ("Visiting Cards (Matt Lam.)", 40),
                ("4", 380),
                ("250", 480),
                ("1000", 600),
                ("0o", 680),
            ],
            [("Flex Banner 6x3 ft", 40), ("2", 380), ("540", 480), ("1080", 600), ("oo", 680)],
            [
                ("Rupees in words: Four Thousand Six Hundred Ninety Six only", 40),
                ("TOTAL", 470),
                ("3980", 600),
                ("00", 680),
            ],
            [("CGST @ 9 %", 470), ("358", 610), ("20", 680)],
            [("SGST @ 9 %", 470), ("358", 610), ("20", 680)],
            [("Round Off", 470), ("-0", 630), ("40", 680)],
            [("G. TOTAL", 470), ("4696", 600), ("00", 680)],
            [("For Sai Graphics & Printers", 500)],
        )
    )

    assert bill.total == 4696.00
    assert bill.confidence["total"] >= 0.7
