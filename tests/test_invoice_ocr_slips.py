"""Pages as OCR gives them back from a photo or a poor scan: spaces lost between words.

Each names one slip the rules must read through without taking another value for the
right one.
"""

from tests.test_invoice_parties import page, read


def test_a_titles_date_word_run_into_the_number_before_it_still_dates_the_invoice():
    invoice = read(
        page(
            ("HandelsrechnungNr. TX-471102vom30.10.2018", 150, 120),
            ("Liefer- und Leistungsdatum", 150, 200),
            (": 29.10.2018", 700, 200),
            ("Taxiunternehmen TX GmbH", 150, 300),
            ("Rechnung gemäß Taxifahrt vom 29.10.2018", 150, 600),
            ("Grundpreis", 150, 700),
            ("3,90", 1300, 700),
            ("Gesamtbetrag", 150, 900),
            ("16,90", 1300, 900),
        )
    )

    assert invoice.issue_date == "2018-10-30"
