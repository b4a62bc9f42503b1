"""Chains' receipts (a store number after the name, a logo word over the station's name,
a card slip's merchant line naming the outlet, a ride's e-mail footer) and Indian
invoices (a freight bill's trip table, a grand total beside its quantity, a number under
the title past the letterhead's lines).

Layouts built here as OCR boxes, as a scanned or digital page reads.
"""

from tests.test_invoice_parties import page, read


def test_a_store_number_after_the_name_is_no_part_of_it():
    invoice = read(
        page(
            ("QUIK STOP MARKET #212", 150, 60),
            ("4120 JONESBORO RD", 150, 100),
            ("FOREST PARK, GA 30297", 150, 140),
            ("11/03/2024 17:22", 150, 200),
            ("COFFEE 20OZ", 150, 260),
            ("2.29", 700, 260),
            ("BEEF JERKY", 150, 300),
            ("6.49", 700, 300),
            ("TOTAL", 150, 360),
            ("8.78", 700, 360),
        )
    )
    assert invoice.vendor == "QUIK STOP MARKET"


PUMP_SLIP = page(
    ("SUNRISE", 150, 60, 50),
    ("SUNRISE FUEL STOP #0441", 150, 120),
    ("8850 US HWY 31 S", 150, 160),
    ("INDIANAPOLIS IN 46227", 150, 200),
    ("2024-03-12", 150, 260),
    ("06:58:41", 600, 260),
    ("PUMP# 07", 150, 300),
    ("INVOICE 0098213", 600, 300),
    ("UNLEADED 12.412 G @ 3.459", 150, 380),
    ("TOTAL", 150, 440),
    ("$42.93", 600, 440),
)


def test_a_logo_word_over_the_stations_name_gives_way_to_the_name():
    assert read(PUMP_SLIP).vendor == "SUNRISE FUEL STOP"


def test_a_pump_slips_invoice_opening_its_cell_numbers_it():
    assert read(PUMP_SLIP).invoice_number == "0098213"


def test_a_card_slips_merchant_line_names_the_outlet_of_the_company_heading_the_page():
    invoice = read(
        page(
            ("TOOLSHED", 300, 60, 50),
            ("HARDWARE + TRADE WAREHOUSE", 250, 120),
            ("Toolshed Hardware Group Pty Ltd", 230, 160),
            ("ABN 41 092 551 870", 280, 200),
            ("Toolshed Penrith", 300, 240),
            ("TAX INVOICE", 320, 300),
            ("16/03/2024 10:12", 150, 340),
            ("Cordless drill", 150, 400),
            ("149.00", 800, 400),
            ("TOTAL", 150, 460),
            ("$164.77", 780, 460),
            ("-- MERCHANT: TOOLSHED PENRITH --", 200, 560),
            ("PURCHASE AUD $164.77", 200, 600),
            ("APPROVED 00", 200, 640),
        )
    )
    assert invoice.vendor == "Toolshed Hardware Group Pty Ltd"


def test_a_company_after_a_sentence_ending_in_a_bracket_is_read_alone():
    invoice = read(
        page(
            ("Hopr", 150, 60, 60),
            ("Thanks for riding, Priya", 150, 160),
            ("Total", 150, 240),
            ("$35.41", 900, 240),
            ("Trip fare", 150, 300),
            ("$30.41", 900, 300),
            ("Tip", 150, 340),
            ("$5.00", 900, 340),
            ("7/16/24 8:41 AM", 150, 420),
            (
                "Fares are inclusive of applicable taxes and fees. Visit the trip page for "
                "more information, including invoices",
                150,
                1500,
            ),
            ("(where available). Hopr Technologies, Inc., 500 Market St, San Francisco, CA 94105", 150, 1540),
        )
    )
    assert invoice.vendor == "Hopr Technologies, Inc."


def test_a_freight_bills_trip_table_from_and_to_head_no_party():
    invoice = read(
        page(
            ("GSTIN : 27FWEPO6368W1Z3", 150, 40),
            ("Shri Ganesh Roadlines", 150, 90, 50),
            ("Fleet Owners & Transport Contractors", 150, 150),
            ("Plot No. 7, Transport Nagar, Nagpur - 440026", 150, 190),
            ("TAX INVOICE", 600, 250),
            ("Bill No. : SGR/25-26/0142", 150, 300),
            ("Date : 16.06.2025", 1000, 300),
            ("To,", 150, 350),
            ("M/s. Vidarbha Agro Foods Pvt. Ltd.", 150, 390),
            ("S. | C.N. /", 150, 480),
            ("LR Date", 300, 520),
            ("From", 500, 520),
            ("To", 700, 520),
            ("1 | 4418", 150, 570),
            ("02.06.2025", 300, 570),
            ("Nagpur", 500, 570),
            ("Raipur", 700, 570),
            ("23,925.00", 1300, 570),
            ("Total Freight", 900, 660),
            ("23,925.00", 1300, 660),
            ("Grand Total", 900, 710),
            ("26,796.00", 1300, 710),
        )
    )
    assert invoice.vendor == "Shri Ganesh Roadlines"


def test_a_grand_totals_quantity_in_buckets_is_no_amount():
    invoice = read(
        page(
            ("Arihant Paints & Hardware", 150, 60),
            ("TAX INVOICE", 600, 120),
            ("Invoice No. AP/25-26/0211", 150, 180),
            ("Dated 06-Aug-25", 900, 180),
            ("Emulsion 20 L", 150, 260),
            ("56 Bkt", 800, 260),
            ("1,30,760.00", 1300, 260),
            ("Grand Total", 150, 340),
            ("56.00 Bkt", 800, 340),
            ("1,54,297.00", 1300, 340),
        )
    )
    assert invoice.total == 154297.0


def test_a_number_under_the_title_past_the_letterheads_lines_is_read():
    invoice = read(
        page(
            ("CloudNest Technologies Pvt. Ltd.", 256, 133),
            ("TAX INVOICE", 1166, 120, 57),
            ("No. 17, 1st Floor, 80 Feet Road, Koramangala", 256, 169, 22),
            ("CN", 128, 175, 47),
            ("Bengaluru Karnataka 560034", 256, 202, 22),
            ("# CN-INV-2425-0077", 1200, 202, 23),
            ("GSTIN 29EVVCC6120O1ZM", 256, 259, 22),
            ("Invoice Date :", 900, 400),
            ("03/12/2024", 1200, 400),
            ("Cloud hosting", 150, 500),
            ("1,43,624.00", 1300, 500),
            ("Total", 900, 600),
            ("Rs.1,69,476.32", 1230, 600),
        )
    )
    assert invoice.invoice_number == "CN-INV-2425-0077"


def test_a_new_zealand_gst_number_makes_dollars_nzd_and_dates_day_first():
    invoice = read(
        page(
            ("KIWI FUELSTOP", 150, 60),
            ("Kiwi Fuelstop Ltd", 150, 100),
            ("GST* 118-204-552", 150, 140),
            ("1012 Te Rapa Road, Hamilton 3200", 150, 180),
            ("TAX INVOICE", 150, 240),
            ("12-03-24 06:58", 150, 280),
            ("#58231", 600, 280),
            ("Pump 6 - 91 Unleaded", 150, 340),
            ("107.54", 700, 340),
            ("TOTAL", 150, 400),
            ("$107.54", 680, 400),
        )
    )
    assert invoice.currency == "NZD"
    assert invoice.issue_date == "2024-03-12"


def test_a_point_of_sale_apps_order_code_numbers_the_receipt_not_the_cards_reference():
    invoice = read(
        page(
            ("Petit Pain Bakery", 150, 60),
            ("2260 Shattuck Ave, Berkeley, CA 94704", 150, 100),
            ("Order MQ3YKV8ZT6", 150, 160),
            ("1/7/25 9:41 AM", 150, 200),
            ("Sourdough Boule", 150, 260),
            ("$9.00", 700, 260),
            ("Total", 150, 320),
            ("$9.00", 700, 320),
            ("Discover CREDIT 6011", 150, 380),
            ("$9.00", 700, 380),
            ("Contactless", 150, 420),
            ("Ref 60017721", 600, 420),
        )
    )
    assert invoice.invoice_number == "MQ3YKV8ZT6"
