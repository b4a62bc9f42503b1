"""Professional firms' invoices: a letter addressed to a client company's officers, a
remittance slip under the invoice's own footer, fees for tax work among the items, a
logo set over two lines and a trading name's sentence in the footer.

Layouts built here as OCR boxes, as a scanned or digital page reads.
"""

from tests.test_invoice_parties import page, read

FEE_NOTE = page(
    ("AP", 150, 60, 70),
    ("Ashdown Pryor", 150, 150, 50),
    ("Chartered Accountants & Tax Advisers", 150, 210),
    ("14 Castle Street, Lewes BN7 1AB • 01273 480 221", 150, 250),
    ("The Directors", 150, 360),
    ("Invoice", 1000, 360),
    ("AP22917", 1250, 360),
    ("Harbour Lane Bakery Ltd", 150, 400),
    ("Date", 1000, 400),
    ("28/02/2025", 1250, 400),
    ("Unit 3, Cliffe Industrial Estate", 150, 440),
    ("Client code", 1000, 440),
    ("HLB004", 1250, 440),
    ("Lewes", 150, 480),
    ("BN8 6JL", 150, 520),
    ("INVOICE", 150, 620),
    ("For professional services rendered:", 150, 700),
    ("Preparation of corporation tax return CT600 for the year ended 30 November 2024", 150, 760),
    ("520.00", 1400, 760),
    ("Quarterly VAT returns (4 quarters)", 150, 810),
    ("480.00", 1400, 810),
    ("Payroll bureau, 12 monthly runs", 150, 860),
    ("300.00", 1400, 860),
    ("Fees", 150, 940),
    ("1,300.00", 1400, 940),
    ("VAT @ 20%", 150, 990),
    ("260.00", 1400, 990),
    ("Amount due", 150, 1040),
    ("£1,560.00", 1380, 1040),
    ("Our terms are 30 days from the invoice date.", 150, 1140),
    ("Bank details for BACS payment", 150, 1190),
    ("Ashdown Pryor Ltd Sort code 30-94-41 Account 11223344", 150, 1230),
    (
        "Ashdown Pryor Ltd. Registered in England no. 07712345. VAT no. GB 311 8406 62. "
        "Registered to carry on audit work by the ICAEW.",
        150,
        1300,
    ),
    ("REMITTANCE ADVICE", 150, 1420),
    ("Please detach and return with your payment", 900, 1420),
    ("Client code:", 150, 1480),
    ("HLB004", 600, 1480),
    ("Invoice:", 150, 1530),
    ("AP22917", 600, 1530),
    ("Amount due:", 150, 1580),
    ("£1,560.00", 600, 1580),
    ("Amount enclosed:", 150, 1630),
)


def test_a_company_under_the_directors_it_is_addressed_to_is_the_client_not_the_issuer():
    assert read(FEE_NOTE).vendor != "Harbour Lane Bakery Ltd"


def test_the_footer_over_a_remittance_slip_names_the_issuer():
    invoice = read(FEE_NOTE)
    assert invoice.vendor.rstrip(".") == "Ashdown Pryor Ltd"
    assert invoice.confidence["vendor"] >= 0.7


def test_fees_for_tax_and_vat_returns_are_items_not_the_tax_charged():
    invoice = read(FEE_NOTE)
    assert (invoice.subtotal, invoice.tax, invoice.total) == (1300.0, 260.0, 1560.0)


def test_a_logo_over_two_lines_is_one_name_where_the_footer_prints_it_whole():
    """`Northshore` set large over `Print Systems Inc.`, the right column's tax id line
    between them; the footer prints `Northshore Print Systems Inc.`."""
    invoice = read(
        page(
            ("400-1122 Marine Drive", 1280, 90),
            ("North Vancouver, BC V7P 1T3", 1280, 113),
            ("Northshore", 290, 139, 63),
            ("604-555-0144", 1410, 139),
            ("GST 81234 5678 RT0001", 1310, 175),
            ("Print Systems Inc.", 292, 202, 34),
            ("PST-1288-4410", 1400, 202),
            ("INVOICE", 1300, 300),
            ("Bill To", 150, 380),
            ("Invoice #", 1000, 380),
            ("NS-44190", 1250, 380),
            ("Lonsdale Dental Group Ltd.", 150, 420),
            ("Invoice Date", 1000, 420),
            ("Mar 4, 2025", 1250, 420),
            ("1550 Lonsdale Ave", 150, 460),
            ("Due", 1000, 460),
            ("Apr 3, 2025", 1250, 460),
            ("Description", 150, 560),
            ("Amount", 1350, 560),
            ("Managed print service - February 2025", 150, 610),
            ("312.40", 1370, 610),
            ("Toner cartridge (black)", 150, 660),
            ("138.00", 1370, 660),
            ("Subtotal", 1000, 740),
            ("450.40", 1370, 740),
            ("GST 5%", 1000, 790),
            ("22.52", 1370, 790),
            ("PST 7%", 1000, 840),
            ("9.66", 1370, 840),
            ("Total CAD", 1000, 890),
            ("$482.58", 1350, 890),
            ("Northshore Print Systems Inc. | Vancouver | Burnaby | Squamish", 150, 1500),
        )
    )
    assert invoice.vendor == "Northshore Print Systems Inc."


def test_the_company_a_trading_name_belongs_to_is_the_vendor():
    invoice = read(
        page(
            ("Larkspur", 150, 80, 60),
            ("Brand & Digital Studio", 150, 150),
            ("Invoice", 1100, 80),
            ("Invoice No.", 1000, 250),
            ("INV-3318", 1250, 250),
            ("Invoice date", 1000, 290),
            ("31 May 2024", 1250, 290),
            ("Bill to", 150, 250),
            ("Tidewater Homes Ltd", 150, 290),
            ("Website redesign, phase 2", 150, 420),
            ("4,200.00", 1350, 420),
            ("Subtotal", 1000, 520),
            ("4,200.00", 1350, 520),
            ("VAT 20%", 1000, 560),
            ("840.00", 1370, 560),
            ("Total", 1000, 600),
            ("£5,040.00", 1330, 600),
            (
                "Larkspur is the trading name of Kittiwake Creative Media Ltd, registered in "
                "England No. 09912345.",
                150,
                1500,
            ),
            ("VAT Reg. No. GB 412 7788 19", 150, 1540),
        )
    )
    assert invoice.vendor == "Kittiwake Creative Media Ltd"


def test_a_credit_brought_forward_leaves_this_bills_charges_the_total():
    invoice = read(
        page(
            ("Wealdbrook Water", 150, 60),
            ("Bill number", 900, 140),
            ("W/2025/0771840", 1200, 140),
            ("Date of issue", 900, 180),
            ("17/04/2025", 1200, 180),
            ("Balance from last bill", 150, 300),
            ("£12.40 CR", 700, 300),
            ("Charges this bill", 150, 340),
            ("£273.76", 700, 340),
            ("Amount now due", 150, 380),
            ("£261.36", 700, 380),
            ("Volume charge", 150, 480),
            ("£273.76", 1300, 480),
            ("Total charges this bill", 150, 560),
            ("£273.76", 1300, 560),
            ("Less credit from last bill", 150, 600),
            ("-£12.40", 1300, 600),
            ("Amount now due", 150, 640),
            ("£261.36", 1300, 640),
            ("Please detach and return this slip with your payment", 150, 1200),
            ("Wealdbrook Water Services Limited", 150, 1260),
            ("Customer reference", 150, 1300),
            ("60 4418 2277", 700, 1300),
            ("Amount due", 150, 1340),
            ("£261.36", 700, 1340),
            ("Wealdbrook Water Services Limited. Registered in England No. 02366109.", 150, 1500),
        )
    )
    assert (invoice.total, invoice.amount_due) == (273.76, 261.36)


def test_a_department_writing_back_is_not_the_issuers_name():
    invoice = read(
        page(
            ("Tel: 01933 229 400", 150, 40),
            ("Harrowby District Council", 150, 80),
            ("Council Tax Section, PO Box 311, Wellingborough NN8 9DX", 150, 120),
            ("Mr T Brennan", 150, 200),
            ("Date of issue", 900, 200),
            ("10 March 2025", 1200, 200),
            ("5 Mill View", 150, 240),
            ("Irthlingborough", 150, 280),
            ("NN9 5QS", 150, 320),
            ("COUNCIL TAX BILL 2025/26", 150, 400),
            ("Amount payable", 900, 600),
            ("£1,531.75", 1250, 600),
        )
    )
    assert invoice.vendor == "Harrowby District Council"


def test_a_firms_registration_and_profession_after_its_name_are_cut():
    invoice = read(
        page(
            ("Zainal, Tan & Partners Advocates & Solicitors | Firm Reg. No. 199801001122", 267, 93),
            ("E-INVOICE", 1272, 88),
            ("Suite 7-2, Wisma Perdana, Jalan Dungun", 267, 140),
            ("Bukit Damansara, 50490 Kuala Lumpur", 267, 180),
            ("Invoice No.", 900, 300),
            ("ZTP/INV/2502/0091", 1200, 300),
            ("Invoice Date", 900, 340),
            ("27/02/2025", 1200, 340),
            ("Professional fees", 150, 450),
            ("2,929.60", 1300, 450),
            ("Total Payable Amount (RM)", 900, 550),
            ("2,929.60", 1300, 550),
        )
    )
    assert invoice.vendor == "Zainal, Tan & Partners"


def test_a_malaysian_companys_twelve_digit_number_after_its_name_is_cut():
    invoice = read(
        page(
            ("Orchid Office Furniture Manufacturing Sdn. Bhd. 200801012233 (812345-M)", 150, 60),
            ("E-INVOICE", 1300, 60),
            ("PLO 88, Jalan Persiaran Teknologi, 81400 Senai, Johor", 150, 100),
            ("Invoice No.", 900, 300),
            ("IV-00012871", 1200, 300),
            ("Invoice Date", 900, 340),
            ("10/12/2024", 1200, 340),
            ("Office chairs", 150, 450),
            ("32,530.00", 1300, 450),
            ("Total Payable Amount", 900, 550),
            ("32,530.00", 1300, 550),
        )
    )
    assert invoice.vendor == "Orchid Office Furniture Manufacturing Sdn. Bhd."
