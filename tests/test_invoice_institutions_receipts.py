"""Receipts of councils, charities, schools and parishes.

A council's logo sets its place large over the kind of body (`Harrowfield` over `Borough
Council`), a university's its name over `UNIVERSITY`, the letterhead's address at the
right between them: the two lines are its name, and outweigh the office that writes
(`Student Central - Fees & Payments`); so is `UNIVERSITY OF` over `CASTLEBROOK`. A
shop's invocation over its name (`Sri Rama Jayam`) names no one. A charity's tax receipt prints when the gift was
received and when the receipt was issued: the receipt is dated when issued. A school's
footer says what it is part of (`… is part of Kingsmead Academy Trust, a charitable
company …`): its name is what comes before. A Philippine parish numbers its
acknowledgement receipt `AR No.` and prices in pesos printed `P`, its town's `Poblacion`
naming the country.
"""

from bot.invoices.layout import rows
from bot.invoices.parties import may_name
from bot.invoices.wrapped import joined_wrapped_names
from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import line


def test_a_councils_logo_over_its_kind_of_body_is_its_name():
    invoice = read(
        [
            line("Harrowfield", 110, 76, height=63),
            line("Borough Council", 110, 151, height=31),
            line("Payment receipt", 110, 293, height=52),
            line("Receipt number", 110, 400),
            line("7700412395", 700, 400),
            line("Date and time", 110, 450),
            line("20/02/2025 19:26", 700, 450),
            line("Garden waste subscription", 110, 550),
            line("£52.00", 1000, 550),
            line("Total paid", 110, 600),
            line("£52.00", 1000, 600),
        ]
    )

    assert invoice.vendor == "Harrowfield Borough Council"


def test_a_charitys_receipt_is_dated_when_issued_not_when_the_gift_was_received():
    invoice = read(
        page(
            ("Prairie Lantern Food Bank Society", 100, 60),
            ("OFFICIAL RECEIPT FOR INCOME TAX PURPOSES", 900, 60),
            ("Receipt # 2024-00917", 900, 120),
            ("Total amount received", 900, 200),
            ("$400.00", 1300, 200),
            ("Date gift received:", 100, 260),
            ("December 18, 2024", 450, 260),
            ("Eligible amount of gift", 900, 300),
            ("$280.00", 1300, 300),
            ("Date receipt issued:", 100, 340),
            ("February 15, 2025", 450, 340),
        )
    )

    assert invoice.issue_date == "2025-02-15"


def test_a_schools_footer_saying_what_it_is_part_of_names_the_school():
    filler = [(f"Exam entry {n}", 100, 300 + 60 * n) for n in range(14)]
    amounts = [("18.65", 1000, 300 + 60 * n) for n in range(14)]
    invoice = read(
        page(
            ("Receipt No: EX25-0087", 100, 100),
            ("Date: 14/02/2025", 900, 100),
            *filler,
            *amounts,
            ("Total", 100, 1200),
            ("£261.10", 1000, 1200),
            (
                "Kingsmead Academy is part of Kingsmead Academy Trust, a charitable company"
                " limited by guarantee. Company No. 07712345",
                100,
                1500,
            ),
        )
    )

    assert invoice.vendor == "Kingsmead Academy"


def test_a_parishs_acknowledgement_receipt_numbers_itself_and_prices_in_pesos():
    invoice = read(
        page(
            ("SAN ROQUE PARISH", 300, 60),
            ("Poblacion, Sta. Ignacia, Tarlac 2303", 200, 110),
            ("ACKNOWLEDGEMENT RECEIPT", 250, 180),
            ("Date: January 11, 2025", 100, 240),
            ("AR No. 2187", 900, 240),
            ("Received the amount of SEVEN HUNDRED FIFTY PESOS ONLY (P750.00)", 100, 300),
            ("Baptismal stipend", 100, 380),
            ("P 500.00", 1000, 380),
            ("Baptismal certificate (2 copies)", 100, 430),
            ("P 250.00", 1000, 430),
            ("TOTAL", 100, 490),
            ("P 750.00", 1000, 490),
        )
    )

    assert (invoice.invoice_number, invoice.currency) == ("2187", "PHP")


def test_a_universitys_logo_over_the_address_beside_it_outweighs_its_office():
    invoice = read(
        [
            line("Student Central - Fees & Payments", 1135, 121, height=24),
            line("CORALBAY", 139, 111, height=73),
            line("PO Box 4410, Townsville QLD 4810", 1133, 154, height=24),
            line("UNIVERSITY", 139, 187, height=39),
            line("ABN 41 278 903 615", 1100, 187, height=24),
            line("Tax Invoice / Payment Receipt", 139, 313, height=45),
            line("Receipt number", 139, 400),
            line("RCT0093321", 700, 400),
            line("Date", 139, 450),
            line("03/03/2025", 700, 450),
            line("Tuition fee", 139, 550),
            line("$9,840.00", 1100, 550),
            line("Total paid", 139, 600),
            line("$9,840.00", 1100, 600),
        ]
    )

    assert invoice.vendor == "CORALBAY UNIVERSITY"


def test_a_bodys_kind_over_its_place_is_one_name_as_large_as_its_larger_line():
    joined = joined_wrapped_names(
        rows(
            [
                line("Student Finance Office", 1288, 107, height=23),
                line("UNIVERSITY OF", 111, 114, height=33),
                line("Abbey Walk, Castlebrook CB4 7HQ", 1148, 143, height=23),
                line("CASTLEBROOK", 111, 160, height=74),
            ]
        )
    )

    named = [cell for row in joined for cell in row.cells if "CASTLEBROOK" in cell.text]
    assert [(cell.text, cell.height) for cell in named] == [("UNIVERSITY OF CASTLEBROOK", 74)]


def test_an_invocation_over_a_shops_name_is_no_name():
    assert not may_name("Sri Rama Jayam")
    assert may_name("SRI LAKSHMI HARDWARES")
