"""Slips of returns and exchanges: the money goes back to the customer, so the slip's
total is printed negative, and the slip names the sale it undoes with that sale's date
(`Ursprungsbon: 8790 vom 02.05.2025`, `Documento di riferimento:` over `N. 0412-0087 del
03-10-2024`), which is not the slip's own. A till numbers its slip `TXN 1293` or `RCPT
5520-33` beside the date or the register. A sentence of the returns policy wrapped onto
a line of its own (`the pharmacy.`) names no one."""

from bot.invoices.parties import may_name
from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import read
from tests.test_invoice_rules import TODAY, receipt


def test_an_exchanges_negative_total_is_what_it_pays_back():
    invoice = read(
        receipt(
            [("Schoenen Van Dijk B.V.", 20)],
            [("Bon 2025-0613-0042", 20), ("13-06-2025 15:02", 500)],
            [("RETOUR Sneaker wit mt 42", 20), ("-89,95", 600)],
            [("Sneaker zwart mt 42", 20), ("79,95", 600)],
            [("Totaal", 20), ("-10,00", 600)],
            [("Retour PIN", 20), ("10,00", 600)],
        )
    )

    assert invoice.total == -10.00


def test_a_returns_slip_is_dated_its_own_day_not_the_original_sales():
    invoice = read(
        receipt(
            [("Vogel Drogeriemarkt GmbH", 20)],
            [("RÜCKGABE", 20)],
            [("Ursprungsbon: 8790 vom 02.05.2025", 20)],
            [("Zahnbürste Sensitiv", 20), ("-7,69", 600)],
            [("SUMME EUR", 20), ("-7,69", 600)],
            [("06.05.2025 10:14", 20), ("Bon-Nr. 8832", 500)],
        )
    )

    assert invoice.issue_date == "2025-05-06"


def test_the_document_a_return_refers_to_under_its_label_does_not_date_the_slip():
    invoice = read(
        receipt(
            [("Elettronica Brambilla S.r.l.", 20)],
            [("DOCUMENTO COMMERCIALE di reso merce", 20)],
            [("Documento di riferimento:", 20)],
            [("N. 0412-0087 del 03-10-2024", 20)],
            [("CUFFIE WIRELESS ANC", 20), ("-59,90", 600)],
            [("TOTALE COMPLESSIVO", 20), ("-59,90", 600)],
            [("07-10-2024 16:42", 20)],
            [("DOCUMENTO N. 0415-0021", 20)],
        )
    )

    assert (invoice.issue_date, invoice.total) == ("2024-10-07", -59.90)


def test_a_wrapped_sentences_end_is_no_name():
    assert not may_name("the pharmacy.")
    assert may_name("Wellmere Pharmacy Ltd")
    assert may_name("The Pharmacy Depot")


def test_a_tills_rcpt_or_txn_beside_the_date_or_register_numbers_the_receipt():
    def till(numbered):
        return read(
            receipt(
                [("Wattle Fresh Pty Ltd", 20)],
                [("Bananas Cavendish", 20), ("3.20", 600)],
                [("TOTAL", 20), ("3.20", 600)],
                [("STORE 4471 LANE 05 OPR 031", 20)],
                numbered,
            )
        )

    assert till([("TXN 1293", 20), ("22/02/2025 09:14", 500)]).invoice_number == "1293"
    assert till([("RCPT 5520-33", 20), ("REG 03", 500)]).invoice_number == "5520-33"
    assert till([("14/02/2025 08:47", 20), ("RCPT 0044817", 500)]).invoice_number == "0044817"


def test_a_return_receipt_is_dated_on_the_return_not_on_the_original_purchase():
    invoice = read(
        receipt(
            [("HARBOR & PINE", 20), ("Your return receipt", 600)],
            [("Return Receipt No.", 20), ("RET-88120457", 400)],
            [("Return Date", 20), ("January 10, 2025 · 4:36 PM", 400)],
            [("Original Order", 20), ("HP-5531207 (purchased 12/19/2024)", 400)],
            [("Linen Pillow Shams, Set of 2", 20), ("-$39.00", 900)],
            [("Total refunded", 20), ("$39.00", 900)],
        )
    )

    assert invoice.issue_date == "2025-01-10"


def test_a_gift_receipt_without_prices_is_numbered_by_its_tills_receipt_number():
    invoice = read(
        receipt(
            [("Bramble & Thread", 20)],
            [("GIFT RECEIPT", 20)],
            [("Linen Tea Towel - Sage", 20)],
            [("Date", 20), ("14/12/2024", 400)],
            [("Receipt", 20), ("BT-1-028816", 400)],
            [("Bramble and Thread Ltd", 20)],
        )
    )

    assert invoice.invoice_number == "BT-1-028816"


def test_a_receipt_that_labels_its_number_but_reads_none_asks_for_the_number():
    def till(*numbered):
        invoice = read(
            receipt(
                [("Wattle Fresh Pty Ltd", 20)],
                [("Date 22/02/2025", 20)],
                [("Bananas Cavendish", 20), ("3.20", 600)],
                [("TOTAL", 20), ("3.20", 600)],
                *numbered,
            )
        )
        return needs_review(invoice, checks(invoice, TODAY))

    assert "invoice_number" in till([("Receipt No:", 20), ("##", 400)])
    assert "invoice_number" not in till()
