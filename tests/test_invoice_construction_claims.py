"""Construction invoices and payment claims: the gross a claim or a reverse-charged
invoice is for, and what the deductions under it leave due.

A UK subcontractor under the domestic reverse charge prints `Invoice Total (excl. reverse
charge VAT)`: that is the invoice's whole amount, the VAT being the customer's to account
for; the CIS deduction under it leaves the `AMOUNT PAYABLE`. An Australian payment claim
states its `Claimed amount incl. GST`; the retention under it leaves the amount due for
payment. A UK interim application's `TOTAL DUE INCLUDING VAT` is its total, not a
statement of the VAT in it. A New Zealand merchant's `$` is the New Zealand dollar
beside its GST number in groups (`GST Reg No: 94-318-276`). A bank the payment is remitted
to (`remit to Barclays, sort code …`) is no payee.
"""

from bot.invoices.amounts import guess_currency
from tests.test_invoice_parties import read
from tests.test_invoice_rules import receipt


def test_a_reverse_charged_invoices_total_is_before_the_cis_deduction():
    invoice = read(
        receipt(
            [("Redbrook Groundworks Limited", 20), ("Invoice No. RGW-2317", 700)],
            [("Invoice Date 28/02/2025", 700)],
            [("Labour", 20), ("3,840.00", 900)],
            [("Materials", 20), ("1,125.60", 900)],
            [("Net Amount", 20), ("4,965.60", 900)],
            [
                ("information only and must not be paid to Redbrook", 20),
                ("VAT @ 20% - reverse charge", 400),
                ("993.12", 900),
            ],
            [
                ("Groundworks Limited.", 20),
                ("Invoice Total (excl. reverse charge VAT)", 400),
                ("4,965.60", 900),
            ],
            [("Less CIS deduction @ 20% of labour", 20), ("(768.00)", 900)],
            [("AMOUNT PAYABLE", 20), ("£4,197.60", 900)],
        )
    )

    assert (invoice.total, invoice.amount_due) == (4965.6, 4197.6)


def test_a_payment_claims_amount_with_gst_is_its_total_and_retention_leaves_the_due():
    invoice = read(
        receipt(
            [("IRONBARK CARPENTRY PTY LTD", 20)],
            [("ABN 21 604 883 152", 20), ("Date of claim: 31 October 2024", 700)],
            [("Total", 20), ("62,000.00", 500), ("35,000.00", 700), ("14,800.00", 900)],
            [("Amount of this claim (excl. GST)", 20), ("$14,800.00", 900)],
            [("GST 10%", 20), ("$1,480.00", 900)],
            [("Claimed amount incl. GST", 20), ("$16,280.00", 900)],
            [("Less retention 5% (excl. GST)", 20), ("-$740.00", 900)],
            [("Amount due for payment", 20), ("$15,540.00", 900)],
        )
    )

    assert (invoice.total, invoice.amount_due) == (16280.0, 15540.0)


def test_a_new_zealand_merchants_dollar_is_told_by_its_gst_number():
    text = "Matai Timber & Hardware Limited\nGST Reg No: 94-318-276\nTOTAL INCL GST $4,579.19"

    assert guess_currency(text)[0] == "NZD"


def test_an_interim_applications_total_due_including_vat_is_its_total():
    invoice = read(
        receipt(
            [("CASTLEGATE BUILD LTD", 20), ("Application No. 7", 700)],
            [("VAT No. GB 193 4470 82", 20), ("Date of application 02/04/2025", 700)],
            [("Gross valuation to date", 20), ("540,713.00", 900)],
            [("Less retention @ 5%", 20), ("(27,035.65)", 900)],
            [("Net valuation", 20), ("513,677.35", 900)],
            [("Less previously certified (Valuations 1-6)", 20), ("(401,846.20)", 900)],
            [("NET AMOUNT DUE THIS APPLICATION", 20), ("111,831.15", 900)],
            [("VAT @ 20%", 20), ("22,366.23", 900)],
            [("TOTAL DUE INCLUDING VAT", 20), ("£134,197.38", 900)],
        )
    )

    assert invoice.total == 134197.38


def test_the_bank_a_payment_is_remitted_to_is_not_the_payee():
    invoice = read(
        receipt(
            [("Cawood & Lyle Building Contractors Ltd", 20)],
            [("Cawood & Lyle", 20), ("41 Castle Street", 700)],
            [("BUILDING CONTRACTORS", 20), ("Shrewsbury SY1 2BW", 700)],
            [("Invoice No. 6120", 20), ("Date 16/05/2025", 700)],
            [("Release of retention", 20), ("5,912.00", 900)],
            [("VAT @ 20%", 20), ("1,182.40", 900)],
            [("Total", 20), ("7,094.40", 900)],
            [("Please remit to Barclays, sort code 20-98-61, account 53017729.", 20)],
        )
    )

    assert invoice.vendor == "Cawood & Lyle Building Contractors Ltd"


def test_an_application_is_dated_when_made_not_when_the_work_was_valued():
    invoice = read(
        receipt(
            [("CASTLEGATE BUILD LTD", 20)],
            [
                ("Contract", 20),
                ("JCT Design and Build", 200),
                ("Valuation date", 600),
                ("31/03/2025", 900),
            ],
            [
                ("Project", 20),
                ("24 Homes, Selby", 200),
                ("Date of application", 600),
                ("02/04/2025", 900),
            ],
            [("NET AMOUNT DUE THIS APPLICATION", 20), ("111,831.15", 900)],
        )
    )

    assert invoice.issue_date == "2025-04-02"


def test_a_french_subcontractors_contract_date_does_not_date_its_progress_invoice():
    invoice = read(
        receipt(
            [("GARNIER", 20), ("FACTURE", 900)],
            [("Facture n°", 520), ("Date", 760), ("Client", 980), ("Échéance", 1150)],
            [
                ("ZI des Landes", 20),
                ("2026-0481", 520),
                ("30/06/2026", 760),
                ("BM-033", 980),
                ("30/07/2026", 1150),
            ],
            [("33700 Mérignac", 20)],
            [("BÂTIMENTS MOREAU SAS", 20)],
            [("Situation n° 3 – marché de sous-traitance du 04/02/2026", 20)],
            [("Tableaux électriques logements T2/T3", 20), ("11 016,00", 1150)],
            [("Câblage courants forts logements", 20), ("33 707,00", 1150)],
            [("Total HT", 800), ("44 723,00", 1150)],
            [("TVA", 800), ("Autoliquidation", 1000)],
            [("Net à payer", 800), ("44 723,00", 1150)],
        )
    )

    assert invoice.issue_date == "2026-06-30"


def test_a_payment_claims_tax_invoice_number_after_a_dash_in_its_title():
    invoice = read(
        receipt(
            [("IRONBARK CARPENTRY PTY LTD", 20)],
            [("ABN 51 824 753 556", 20)],
            [("PAYMENT CLAIM No. 3 – TAX INVOICE 1043", 20)],
            [("Date of claim: 31/10/2024", 20)],
            [("Work completed to date", 20), ("14,800.00", 800)],
            [("GST 10%", 20), ("1,480.00", 800)],
            [("Claimed amount incl. GST", 20), ("16,280.00", 800)],
        )
    )

    assert invoice.invoice_number == "1043"


def test_an_instalment_bills_gross_not_the_contract_sum_in_its_first_items_words():
    invoice = read(
        receipt(
            [("Haustechnik Becker GmbH", 20)],
            [("Rechnungs-Nr. AR-2024-0077", 20), ("Datum 15.04.2024", 600)],
            [("2. Abschlagsrechnung", 20)],
            [("Pos.", 20), ("Beschreibung", 80), ("Betrag", 900)],
            [
                ("1", 20),
                ("Leistungsstand gem. Aufmaß (64 % von Auftragssumme 138.450,00 € netto)", 80),
                ("88.608,00 €", 900),
            ],
            [("2", 20), ("abzgl. 5 % Sicherheitseinbehalt", 80), ("-4.430,40 €", 900)],
            [("3", 20), ("abzgl. 1. Abschlagsrechnung AR-2024-0041 (netto)", 80), ("-42.000,00 €", 900)],
            [("Abschlagsbetrag netto", 500), ("42.177,60 €", 900)],
            [("zzgl. 19 % USt", 500), ("8.013,74 €", 900)],
            [("Abschlagsbetrag brutto", 500), ("50.191,34 €", 900)],
        )
    )

    assert (invoice.total, invoice.subtotal, invoice.tax) == (50191.34, 42177.6, 8013.74)


def test_a_sum_quoted_in_brackets_in_an_items_words_is_no_total():
    invoice = read(
        receipt(
            [("Haustechnik Becker GmbH", 20)],
            [("Rechnungs-Nr. AR-2024-0077", 20), ("Datum 15.04.2024", 600)],
            [("Pos.", 20), ("Beschreibung", 80), ("Betrag", 900)],
            [
                ("1", 20),
                ("Leistungsstand gem. Aufmaß (64 % von Auftragssumme 138.450,00 € netto)", 80),
                ("88.608,00 €", 900),
            ],
            [("2", 20), ("abzgl. 5 % Sicherheitseinbehalt", 80), ("-4.430,40 €", 900)],
            [("Netto", 500), ("84.177,60 €", 900)],
            [("zzgl. 19 % USt", 500), ("15.993,74 €", 900)],
            [("Brutto", 500), ("100.171,34 €", 900)],
        )
    )

    assert invoice.total == 100171.34
