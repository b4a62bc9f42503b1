"""Clinic, dental and hospital bills where a panel, an insurer or a scheme pays a share.

The bill's total is what the treatment cost; what the panel (`Amount payable by panel`),
the insurer (`AIA`), a subsidy (`CHAS`) or a savings scheme (`MediSave`) pays comes off
it, and what is left is the patient's to pay: `Amount payable by patient`, `Patient
Co-payment`, Indonesia's `Dibayar Pasien`. A copay said in a sentence (`Copay of $30.00
collected at time of service`) labels nothing. A hospital's statement of account is
numbered `SOA No.` and dated by its `SOA Date`, not the admission; the hospital's
`PhilHealth Accredited` number beside that date is not a till's accreditation block. A
Philippine receipt's `pesos` are the Philippines' where its tax office's permit is
printed, and an Indonesian clinic's `No. RM` is a medical record, not ringgit.
"""

from bot.invoices.amounts import guess_currency
from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import TODAY, read
from tests.test_invoice_rules import receipt


def test_what_the_panel_pays_leaves_the_patient_the_amount_due():
    invoice = read(
        receipt(
            [("KLINIK MEDIVIVA SDN. BHD.", 20)],
            [("Receipt No: OR-2024-018733", 20), ("Date: 17/09/2024", 500)],
            [("Consultation", 20), ("35.00", 600)],
            [("Medicine", 20), ("35.50", 600)],
            [("Nebulisation", 20), ("20.00", 600)],
            [("Total Bill", 20), ("90.50", 600)],
            [("Amount payable by panel", 20), ("80.00", 600)],
            [("Amount payable by patient", 20), ("10.50", 600)],
            [("Paid (Cash)", 20), ("10.50", 600)],
        )
    )

    assert (invoice.total, invoice.amount_due) == (90.5, 10.5)
    assert "amount_due" not in needs_review(invoice, checks(invoice, TODAY))


def test_an_insurers_share_named_by_the_insurer_comes_off_the_total():
    invoice = read(
        receipt(
            [("Harbourview Medical Centre Limited", 20)],
            [("Invoice No. HMC-INV-2502-00412", 20), ("Date 18 Feb 2025", 500)],
            [("Specialist consultation", 20), ("1,200.00", 600)],
            [("Medication (14 days)", 20), ("680.00", 600)],
            [("Cryotherapy", 20), ("900.00", 600)],
            [("Total Charges", 20), ("2,780.00", 600)],
            [("Amount payable by insurer (AIA)", 20), ("2,200.00", 600)],
            [("Amount payable by patient", 20), ("580.00", 600)],
        )
    )

    assert (invoice.total, invoice.amount_due) == (2780.0, 580.0)


def test_a_subsidy_and_a_savings_scheme_leave_the_patients_co_payment():
    invoice = read(
        receipt(
            [("Kallang Family Clinic Pte. Ltd.", 20)],
            [("Invoice No. KFC-2410-04567", 20), ("Date 21/10/2024", 500)],
            [("Consultation", 20), ("66.00", 600)],
            [("Lab: HbA1c", 20), ("22.00", 600)],
            [("Lab: Lipid panel", 20), ("28.00", 600)],
            [("Subtotal", 20), ("116.00", 600)],
            [("GST 9%", 20), ("10.44", 600)],
            [("Total (incl. GST)", 20), ("126.44", 600)],
            [("Less: CHAS Blue subsidy", 20), ("-85.00", 600)],
            [("Less: MediSave (CDMP)", 20), ("-35.22", 600)],
            [("Patient Co-payment", 20), ("6.22", 600)],
        )
    )

    assert (invoice.total, invoice.amount_due) == (126.44, 6.22)


def test_a_copay_told_in_a_sentence_is_no_amount_due():
    invoice = read(
        receipt(
            [("Riverbend Family Medicine, PLLC", 20)],
            [("Statement Date 05/02/2025", 20)],
            [("Office visit, established patient", 20), ("185.00", 600)],
            [("Insurance paid", 20), ("-108.00", 600)],
            [("Patient balance due", 20), ("47.00", 600)],
            [("Copay of $30.00 collected at time of service has been applied.", 20)],
        )
    )

    assert (invoice.total, invoice.amount_due) == (47.0, None)


def test_a_hospitals_statement_of_account_is_numbered_by_its_soa_number():
    invoice = read(
        receipt(
            [("St. Raphael Medical Center, Inc.", 20)],
            [("STATEMENT OF ACCOUNT", 200)],
            [("SOA No. SOA-2024-07-01122", 20), ("Date 07/11/2024", 500)],
            [("Room and board", 20), ("12,000.00", 600)],
            [("Total", 20), ("12,000.00", 600)],
        )
    )

    assert invoice.invoice_number == "SOA-2024-07-01122"


def test_a_hospitals_statement_is_dated_by_its_soa_date_not_the_admission():
    invoice = read(
        receipt(
            [("ST. RAPHAEL MEDICAL CENTER, INC.", 20), ("STATEMENT OF ACCOUNT", 700)],
            [("Brgy. Salitran II, Dasmarinas City, Cavite 4114", 20)],
            [("TIN 008-765-432-00000", 20), ("SOA No.", 700), ("SOA-2024-07-01122", 900)],
            [
                ("PhilHealth Accredited HCI No. H04012345", 20),
                ("SOA Date", 700),
                ("07/11/2024", 900),
            ],
            [("Admitted", 700), ("07/08/2024 08:40 PM", 900)],
            [("Room and board", 20), ("₱12,000.00", 900)],
            [("Total", 20), ("₱12,000.00", 900)],
            [("Less: PhilHealth", 20), ("-4,500.00", 900)],
            [("Amount due from patient", 20), ("₱7,500.00", 900)],
        )
    )

    assert (invoice.issue_date, invoice.amount_due) == ("2024-07-11", 7500.0)


def test_a_philippine_receipts_pesos_are_the_philippines():
    text = (
        "NGITI DENTAL CLINIC\nNON-VAT Reg. TIN:234-567-890-00000\n"
        "the sum of pesos: One thousand seven hundred sixty pesos only\nP | 1,760.00\n"
        "BIR ATP No. 1231RT20230000045 Date Issued 06/20/2023"
    )
    assert guess_currency(text)[0] == "PHP"


def test_an_indonesian_clinics_medical_record_number_is_no_ringgit():
    text = "No. RM 00-12-3456\nJumlah (Rp)\nTotal Biaya 1.597.500"
    assert guess_currency(text)[0] != "MYR"


def test_a_receipts_number_after_no_under_its_title_may_open_with_letter_groups():
    invoice = read(
        receipt(
            [("VISIONPLUS OPTICAL LIMITED", 20)],
            [("RECEIPT", 200)],
            [("No.: VP-TW-250311-0087", 20)],
            [("Date: 11/03/2025", 20)],
            [("Spectacle lenses", 20), ("1,280.00", 600)],
            [("TOTAL", 20), ("HK$1,280.00", 600)],
        )
    )

    assert invoice.invoice_number == "VP-TW-250311-0087"
