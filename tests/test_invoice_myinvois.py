"""Malaysia's MyInvois e-invoices as printed: the visual representation of an e-invoice the
tax office (LHDN) validated. Its number is the `e-Invoice Code/Number` in the header
table, not the 26-character `Unique Identifier No.` under it; on a self-billed one
(`11 - Self-billed Invoice`) the buyer prints it on its own letterhead, and the vendor is
the party in its `SUPPLIER` block."""

from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import page, read

HEADER = (
    ("e-Invoice Version", 700, 120),
    ("1.1", 1100, 120),
    ("e-Invoice Type", 700, 160),
    ("e-Invoice Code/Number", 700, 200),
    ("Unique Identifier No.", 700, 240),
    ("Date and Time of Issuance", 700, 280),
    ("Date and Time of Validation", 700, 320),
)
BODY = (
    ("Description", 60, 900),
    ("Amount", 1100, 900),
    ("Tax Summary", 60, 1100),
    ("Total Including Tax", 700, 1100),
    ("Total Payable Amount (MYR)", 700, 1140),
)


def test_an_e_invoice_is_numbered_by_its_code_not_its_unique_identifier():
    invoice = read(
        page(
            ("Teratai Digital Sdn. Bhd.", 60, 60),
            ("E-INVOICE", 1000, 60),
            *HEADER,
            ("Level 8, Menara Kenari, 50450 Kuala Lumpur", 60, 120),
            ("01 - Invoice", 1100, 160),
            ("TDS-INV-2503-0042", 1100, 200),
            ("7QKX2M4WZP9R8B1T6YHC3NDV5J", 1100, 240),
            ("21/03/2025 10:02:11", 1100, 280),
            ("21/03/2025 10:02:49", 1100, 320),
            ("SUPPLIER", 60, 420),
            ("BUYER", 700, 420),
            ("Teratai Digital Sdn. Bhd.", 60, 460),
            ("Kedai Runcit Maju Jaya", 700, 460),
            ("TIN", 60, 500),
            ("C24877120030", 300, 500),
            ("TIN", 700, 500),
            ("IG20871122090", 900, 500),
            *BODY,
            ("Website maintenance - March 2025", 60, 940),
            ("1,500.00", 1100, 940),
            ("1,620.00", 1100, 1100),
            ("1,620.00", 1100, 1140),
        )
    )

    assert invoice.invoice_number == "TDS-INV-2503-0042"
    assert invoice.vendor == "Teratai Digital Sdn. Bhd."


def test_a_self_billed_e_invoice_is_the_suppliers_not_the_letterheads():
    invoice = read(
        page(
            ("Seri Wangi Direct Sdn. Bhd.", 60, 60),
            ("SELF-BILLED E-INVOICE", 1000, 60),
            *HEADER,
            ("No. 8, Jalan PJU 5/1, 47810 Petaling Jaya", 60, 120),
            ("11 - Self-billed Invoice", 1100, 160),
            ("SWD-SB-2509-00311", 1100, 200),
            ("4HNT8CQ2XKZ7MW1RB5PDY9JG3L", 1100, 240),
            ("06/10/2025 09:00:12", 1100, 280),
            ("06/10/2025 09:03:48", 1100, 320),
            ("SUPPLIER", 60, 420),
            ("BUYER", 700, 420),
            ("Azlina Beauty Enterprise", 60, 460),
            ("Seri Wangi Direct Sdn. Bhd.", 700, 460),
            ("TIN", 60, 500),
            ("IG10277312050", 300, 500),
            ("TIN", 700, 500),
            ("C21870065010", 900, 500),
            *BODY,
            ("Sales commission - September 2025", 60, 940),
            ("2,310.00", 1100, 940),
            ("2,310.00", 1100, 1100),
            ("2,310.00", 1100, 1140),
            ("Self-billed e-Invoice issued by Seri Wangi Direct Sdn. Bhd. (buyer)", 60, 1300),
        )
    )

    assert invoice.vendor == "Azlina Beauty Enterprise"
    assert invoice.invoice_number == "SWD-SB-2509-00311"
    assert "vendor" not in needs_review(invoice, checks(invoice))


def test_the_name_ends_at_its_form_before_the_new_registration_number_runs_on():
    invoice = read(
        page(
            ("Warung Serai Wangi Sdn. Bhd. (201901020417 (1330012-T)", 60, 60),
            ("No. 12, Jalan Kuchai Maju 8", 60, 110),
            ("58200 Kuala Lumpur", 60, 150),
            ("INVOICE", 1000, 60),
            ("Invoice No.", 700, 250),
            ("WSW-2511-0088", 1000, 250),
            ("Date", 700, 290),
            ("14/11/2025", 1000, 290),
            ("Nasi lemak buffet, 60 pax", 60, 600),
            ("1,380.00", 1100, 600),
            ("Total Payable Amount (MYR)", 700, 800),
            ("1,380.00", 1100, 800),
        )
    )

    assert invoice.vendor == "Warung Serai Wangi Sdn. Bhd."


def test_a_certificate_issued_by_a_surveyor_does_not_name_the_invoices_issuer():
    invoice = read(
        page(
            ("Bina Teguh Jaya Sdn. Bhd. (201301004512 (1035530-D))", 60, 60),
            ("No. 3, Jalan Ekoperniagaan 2, 81100 Johor Bahru", 60, 110),
            ("PROGRESS CLAIM", 1000, 60),
            ("Invoice No.", 700, 250),
            ("BTJ/PC/2025/009", 1000, 250),
            ("Date", 700, 290),
            ("15-12-2025", 1000, 290),
            ("Work done to date, Block B", 60, 600),
            ("184,200.00", 1100, 600),
            ("As per Interim Certificate No. 4 issued by Perunding Ukur Maju", 60, 700),
            ("Total Including Tax", 700, 800),
            ("195,252.00", 1100, 800),
        )
    )

    assert invoice.vendor == "Bina Teguh Jaya Sdn. Bhd."


def test_cheques_payable_to_the_company_with_its_dotted_form_name_it_whole():
    invoice = read(
        page(
            ("SOON FATT HARDWARE", 60, 40),
            ("INVOICE", 1000, 40),
            ("Building materials · Plumbing · Tools since 1991", 60, 120),
            ("Soon Fatt Hardware (M) Sdn. Bhd. Reg. No. 199601012233 (381120-A)", 60, 160),
            ("No. 7, Jalan Bakawali 3, 47100 Puchong", 60, 200),
            ("Invoice No.", 700, 300),
            ("SF 25/08/0311", 1000, 300),
            ("Date", 700, 340),
            ("21/08/2025", 1000, 340),
            ("PVC pipe 4in x 6m", 60, 600),
            ("1,240.00", 1100, 600),
            ("Total Payable Amount (MYR)", 700, 800),
            ("1,240.00", 1100, 800),
            ("Cheques payable to SOON FATT HARDWARE (M) SDN. BHD.", 60, 900),
        )
    )

    assert invoice.vendor.upper().rstrip(".") == "SOON FATT HARDWARE (M) SDN. BHD"
