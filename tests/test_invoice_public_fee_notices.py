"""Fee notices and premium bills of public bodies, chambers, funds and insurers, as German
and Austrian ones print them: the body's short name (`IHK`, `BKK`, `ZV`) in the sender
line and its name in full in the letterhead, a letter signed `Ihre BKK Hohenfels`, the
fee in all as `Beitrag 2024 gesamt`, `Jahresgebühr gesamt`, `Festgesetzter Beitrag` or
`Gesamtprämie` under an insured sum, a `Bescheid-Nr.`, and a utility's number in groups
after a year and a spaced slash."""

import pytest

from tests.test_invoice_parties import page, read


def notice(*head: tuple, body: tuple = (), total: tuple = ("Gesamtbetrag", "390,88 €")) -> list:
    return page(
        *head,
        ("Kessler Präzisionsdrehteile GmbH", 150, 400),
        ("Gewerbepark Hölzlekönig 11", 150, 440),
        ("78126 Königsfeld im Schwarzwald", 150, 480),
        ("Datum", 900, 400),
        ("14.05.2024", 1200, 400),
        ("Beitragsbescheid / Rechnung 2024", 150, 600),
        *body,
        ("Grundbeitrag", 150, 800),
        ("290,00 €", 1300, 800),
        ("Umlage", 150, 840),
        ("100,88 €", 1300, 840),
        (total[0], 150, 900),
        (total[1], 1300, 900),
    )


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("IHK Oberes Neckarland", "Industrie- und Handelskammer Oberes Neckarland"),
        ("BKK Hohenfels", "Betriebskrankenkasse Hohenfels"),
        (
            "ZV Mittleres Glemstal",
            "Zweckverband Wasserversorgung und Abwasserbeseitigung Mittleres Glemstal",
        ),
    ],
)
def test_the_letterheads_full_name_is_the_vendor_not_the_sender_lines_acronym(short, full):
    invoice = read(
        notice(
            (short, 150, 60, 40),
            (full, 150, 110),
            ("Romäusring 4 · 78050 Villingen-Schwenningen", 150, 150),
            (f"{short} · Postfach 12 60 · 78002 Villingen-Schwenningen", 150, 360),
            ("Rechnungsnummer", 900, 360),
            ("BR-2024-0331876", 1200, 360),
            (f"{full} · Körperschaft des öffentlichen Rechts", 150, 1500),
        )
    )

    assert invoice.vendor == full


def test_a_letter_signed_by_your_fund_names_the_fund_without_the_possessive():
    invoice = read(
        page(
            ("Betriebskrankenkasse Hohenfels", 150, 60, 40),
            ("Wilhelm-Maybach-Straße 6 · 73431 Aalen", 150, 110),
            ("Herrn Holger Straub", 150, 400),
            ("Rechnungs-Nr.", 900, 400),
            ("0425-7731902", 1200, 400),
            ("Datum", 900, 440),
            ("02.04.2025", 1200, 440),
            ("Beitrag freiwillige Versicherung April 2025", 150, 700),
            ("766,15", 1300, 700),
            ("Zu zahlender Beitrag", 150, 760),
            ("766,15 €", 1300, 760),
            ("Mit freundlichen Grüßen", 150, 900),
            ("Ihre BKK Hohenfels", 150, 940),
        )
    )

    assert invoice.vendor == "Betriebskrankenkasse Hohenfels"


@pytest.mark.parametrize(
    "label", ["Beitrag 2024 gesamt", "Jahresgebühr gesamt", "Festgesetzter Beitrag"]
)
def test_a_notices_fee_in_all_is_its_total_not_the_base_it_was_assessed_on(label):
    invoice = read(
        notice(
            ("Handwerkskammer Ostwestfalen-Lippe zu Detmold", 150, 60, 40),
            body=(("Bemessungsgrundlage Umlage", 150, 700), ("72.060,00 €", 1300, 700)),
            total=(label, "390,88 €"),
        )
    )

    assert invoice.total == 390.88


def test_an_austrian_insurers_total_premium_is_its_total_not_the_sum_insured():
    invoice = read(
        page(
            ("Alpenland Wechselseitige Versicherung AG", 150, 60, 40),
            ("Vorschreibung Nr.", 900, 300),
            ("24-0984412", 1200, 300),
            ("Linz, am", 900, 340),
            ("12. Dezember 2024", 1200, 340),
            ("Sparte", 150, 600),
            ("Versicherungssumme", 600, 600),
            ("Nettoprämie EUR", 1200, 600),
            ("Feuer (inkl. Feuerschutzsteuer)", 150, 640),
            ("EUR 850.000", 600, 640),
            ("412,00", 1300, 640),
            ("Leitungswasser", 150, 680),
            ("EUR 850.000", 600, 680),
            ("96,30", 1300, 680),
            ("Nettoprämie", 150, 760),
            ("508,30", 1300, 760),
            ("Versicherungssteuer 11 %", 150, 800),
            ("55,91", 1300, 800),
            ("Gesamtprämie EUR", 150, 840),
            ("564,21", 1300, 840),
        )
    )

    assert invoice.total == 564.21


def test_a_fee_notices_bescheid_number_is_its_number():
    invoice = read(
        notice(
            ("Landkreis Rotenfels", 150, 60, 40),
            ("Landkreis Rotenfels · Am Schlossberg 1 · 97753 Karlstadt", 150, 360),
            ("Bescheid-Nr.", 900, 360),
            ("AWB-25-0114773", 1200, 360),
        )
    )

    assert invoice.invoice_number == "AWB-25-0114773"


def test_a_number_of_a_year_and_groups_after_a_spaced_slash_is_read_whole():
    invoice = read(
        notice(
            ("Fernwärme Ostbrück GmbH", 150, 60, 40),
            ("Rechnungsnummer", 900, 360),
            ("FW 2025 / 00 7731", 1200, 360),
        )
    )

    assert invoice.invoice_number == "FW 2025 / 00 7731"


@pytest.mark.parametrize(
    ("label", "number"), [("N° de note :", "2024-0781"), ("Liquidation Nr.", "KES-2024-0412")]
)
def test_a_fee_notes_own_number_label_is_read(label, number):
    invoice = read(
        page(
            ("SELARL du Docteur Marc-Antoine LEFEBVRE", 150, 60, 40),
            ("Chirurgie orthopédique", 150, 110),
            ("NOTE D'HONORAIRES", 150, 400),
            (f"{label} {number}", 150, 440),
            ("Date : 03 octobre 2024", 150, 480),
            ("Dépassement d'honoraires", 150, 700),
            ("900,00", 1300, 700),
            ("Total", 900, 800),
            ("900,00 €", 1300, 800),
        )
    )

    assert (invoice.vendor, invoice.invoice_number) == (
        "SELARL du Docteur Marc-Antoine LEFEBVRE",
        number,
    )
