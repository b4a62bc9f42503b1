"""Invoices of professionals and small firms in Spain, Portugal and Italy: a lawyer's,
an engineer's or an architect's letterhead with the title before the name (`Avv.
Stefano Lanzillotta`) and a membership number under it (`Membro OE n.º 61 472`), which
is not the invoice's; a footer that opens with a sentence of small print (`Copia di
cortesia — …`, `Retención del 7 % aplicada por …`), naming no one; and a supplier's
and a customer's blocks side by side under `FORNITORE | CLIENTE`, their names as near
as words.
"""

import pytest

from bot.invoices.parties import may_name
from bot.invoices.validate import checks, needs_review
from tests.test_invoice_parties import page, read
from tests.test_invoice_rules import TODAY, receipt


def _letterhead(*footer: str) -> list:
    return page(
        ("Avv. Stefano Lanzillotta", 500, 80),
        ("Studio Legale · Diritto civile e commerciale", 500, 150),
        ("Via Sparano da Bari, 102 · 70121 Bari", 500, 200),
        ("P. IVA 06417820724 · C.F. LNZSFN79H15A662L", 500, 240),
        ("Spett.le", 950, 380),
        ("Edilcostruzioni Murgia S.r.l.", 950, 420),
        ("Via Napoli, 330, 70132 Bari", 950, 460),
        ("Fattura n. 27/2024 del 15/07/2024", 160, 640),
        ("Onorari", 160, 760),
        ("€ 2.500,00", 1300, 760),
        ("Imponibile IVA", 160, 900),
        ("€ 2.990,00", 1300, 900),
        ("IVA 22%", 160, 940),
        ("€ 657,80", 1300, 940),
        ("Totale documento", 160, 980),
        ("€ 3.647,80", 1300, 980),
        ("Bonifico bancario entro 30 gg - IBAN IT04 F054 2404 0100 0000 1234 567", 160, 1250),
        *((text, 160, 1420 + 36 * number) for number, text in enumerate(footer)),
        ("Stefano Lanzillotta", 980, 1530),
    )


@pytest.mark.parametrize(
    "footer",
    [
        (
            "Copia di cortesia — il documento fiscale è stato inviato al SdI e messo a"
            " disposizione nell'area riservata del",
            "cliente.",
        ),
        (
            "Retención del 7 % aplicada por tratarse del periodo impositivo de inicio de la"
            " actividad profesional y los dos siguientes.",
        ),
    ],
)
def test_a_professionals_letterhead_names_the_invoice_over_small_print_in_the_footer(footer):
    invoice = read(_letterhead(*footer))

    assert invoice.vendor == "Stefano Lanzillotta"


def test_a_membership_number_under_the_name_is_not_the_invoices():
    invoice = read(
        receipt(
            [("Rui Miguel Antunes Faria", 20)],
            [("Engenheiro Civil · Membro OE n.º 61 472", 20)],
            [("Rua Damião de Góis, 88 · 4050-225 Porto", 20)],
            [("NIF 198764529", 20)],
            [("Construções Douro Litoral, Lda.", 500)],
            [("FATURA FT RF/2024/19 · Data de emissão 2024-07-08", 20)],
            [("Projeto de estabilidade", 20), ("2.800,00 €", 900)],
            [("IVA 23%", 20), ("644,00 €", 900)],
            [("Total", 20), ("3.444,00 €", 900)],
        )
    )

    assert invoice.invoice_number == "FT RF/2024/19"


def test_a_suppliers_name_beside_the_customers_under_their_headings_is_read_alone():
    invoice = read(
        receipt(
            [("Ortofrutta Sicula", 20), ("FATTURA", 900)],
            [("Fattura n. 356", 900)],
            [("FORNITORE", 20), ("CLIENTE", 560), ("DATA", 900)],
            [
                ("Ortofrutta Sicula di Greco & Bonanno S.n.c.", 20),
                ("Ristorante La Pescheria S.r.l.", 560),
                ("06/03/2025", 900),
            ],
            [("Contrada Jungetto, Box 42", 20), ("Via Pardo, 18", 560)],
            [("P.IVA 04592810875", 20), ("P.IVA 05118470870", 560)],
            [("Arance tarocco", 20), ("553,00", 900)],
            [("IVA 4%", 20), ("22,12", 900)],
            [("Totale documento", 20), ("575,12", 900)],
        )
    )

    assert invoice.vendor == "Ortofrutta Sicula di Greco & Bonanno S.n.c."


def test_a_footers_name_is_read_without_the_phone_number_in_the_next_column():
    invoice = read(
        page(
            ("Kuopion Kiinteistöhuolto", 160, 80),
            ("LASKU", 1200, 80),
            ("Laskun numero", 1000, 160),
            ("30127", 1300, 160),
            ("Päivämäärä", 1000, 200),
            ("03.06.2025", 1300, 200),
            ("Savon Kauppakeskus Oy", 160, 260),
            ("Siivous", 160, 600),
            ("3 881,10", 1300, 600),
            ("ALV 25,5 %", 1000, 700),
            ("989,68", 1300, 700),
            ("Yhteensä", 1000, 740),
            ("4 870,78", 1300, 740),
            ("Kuopion Kiinteistöhuolto Oy Puh. 017 364 2100", 160, 2200),
            ("Y-tunnus 2845173-5", 1500, 2200),
            ("Kallantie 12", 160, 2240),
            ("IBAN FI50 5710 1000 2358 12", 1500, 2240),
        )
    )

    assert invoice.vendor == "Kuopion Kiinteistöhuolto Oy"


def test_an_owners_clause_under_a_shops_name_names_no_one_but_a_surname_starting_di_does():
    assert not may_name("di R. Zanetti & C. s.n.c.")
    assert may_name("Di Marco Costruzioni S.r.l.")


@pytest.mark.parametrize(
    ("title", "numbered"),
    [
        ("RECIBO", "N.º RC 2024/1542"),
        ("NOTA DE CRÉDITO", "N.º NC 2024/17"),
        ("FATURA", "N.° FT 2021/0456"),
    ],
)
def test_a_portuguese_documents_number_under_its_title_not_the_taxpayers(title, numbered):
    invoice = read(
        page(
            ("Distribuidora Alimentar Beira, S.A.", 150, 60),
            (title, 1100, 60),
            ("Parque Empresarial da Guarda, Lote 31", 150, 100),
            (numbered, 1100, 100),
            ("NIF 564221716 · Tel. 271 230 884", 150, 140),
            ("Data: 12-03-2024", 1100, 140),
            ("Cliente: Churrasqueira O Lagar, Lda.", 150, 220),
            ("Contribuinte N.º 547444273", 150, 260),
            ("Queijo da Serra", 150, 360),
            ("100,00", 1300, 360),
            ("Total", 900, 440),
            ("106,00 €", 1280, 440),
            ("Processado por programa certificado n.º 1502/AT", 150, 900),
        )
    )
    assert invoice.invoice_number == numbered.split(" ", 1)[1]


def test_a_portuguese_tickets_total_iva_under_its_total_is_the_tax():
    invoice = read(
        receipt(
            [("Farmácia Nova da Boavista, Lda.", 40)],
            [("FR 1/18344", 40)],
            [("Data: 02-07-2024", 40)],
            [("Ben-u-ron 1000 mg", 20), ("3,02 6%", 500)],
            [("Protetor solar SPF50+", 20), ("16,95 23%", 500)],
            [("TOTAL", 20), ("19,97 €", 500)],
            [("Taxa", 20), ("Incid.", 150), ("IVA", 300), ("Total", 500)],
            [("23", 20), ("13,78", 150), ("3,17", 300), ("16,95", 500)],
            [("6", 20), ("2,85", 150), ("0,17", 300), ("3,02", 500)],
            [("Total IVA", 20), ("3,34", 500)],
            [("Cartão débito", 20), ("19,97", 500)],
        )
    )
    assert invoice.total == 19.97


def test_a_taxpayers_number_is_no_document_number():
    invoice = read(
        page(
            ("Café Snack-Bar Estrela", 150, 60),
            ("Data: 12-03-2024", 150, 100),
            ("Contribuinte N.º 504243993", 150, 140),
            ("Processado por programa certificado n.º 1638/AT", 150, 180),
            ("Galão", 150, 260),
            ("1,60", 700, 260),
            ("Total", 150, 320),
            ("1,60 €", 700, 320),
        )
    )
    assert invoice.invoice_number is None


def test_a_portuguese_letters_place_and_date_in_november_dates_it_not_the_due_date():
    invoice = read(
        receipt(
            [("Lusoforma — Gabinete de Arquitetura, Lda.", 40)],
            [("Rua de São Bento, 280 · 1200-821 Lisboa", 40)],
            [("FATURA", 40), ("Lisboa, 25 de novembro de 2024", 600)],
            [("Fatura n.º FT LF2024/0098", 40), ("Vencimento: 25/12/2024", 600)],
            [("Projeto de licenciamento", 40), ("2.460,00", 900)],
            [("Total", 600), ("2.460,00 €", 900)],
        )
    )
    assert invoice.issue_date == "2024-11-25"


def test_a_logo_word_that_ends_the_registered_name_under_it_goes_to_a_person():
    invoice = read(
        receipt(
            [("NORTEMAR", 40), ("FACTURA", 600)],
            [
                ("Distribuciones Alimentarias Nortemar, S.L.", 40),
                ("Nº Factura", 600),
                ("FV24-00871", 900),
            ],
            [
                ("Polígono Industrial Bergondo, 15165 A Coruña", 40),
                ("Fecha", 600),
                ("05/06/2024", 900),
            ],
            [("Conservas variadas", 40), ("453,17", 900)],
            [("Total factura", 600), ("548,34 €", 900)],
        )
    )
    sure = "vendor" not in needs_review(invoice, checks(invoice, TODAY))
    assert invoice.vendor == "Distribuciones Alimentarias Nortemar, S.L." or not sure


def _courtesy_copy(supplier: str, kind: str, number: str, *more: tuple) -> list:
    return page(
        ("Fattura elettronica - copia di cortesia", 100, 40),
        ("Documento trasmesso al Sistema di Interscambio", 1000, 40),
        ("MITTENTE", 100, 120),
        ("DESTINATARIO", 1000, 120),
        (supplier, 100, 160),
        ("Calzature Ferri S.r.l.", 1000, 160),
        ("Via Emilia 12", 100, 200),
        ("Via Roma 3", 1000, 200),
        ("Partita IVA: IT04417560376", 100, 240),
        ("Partita IVA: IT02291530357", 1000, 240),
        ("Tipo documento", 100, 340),
        ("Numero", 520, 340),
        ("Data", 800, 340),
        ("Totale documento", 1100, 340),
        (kind, 100, 380),
        (number, 520, 380),
        ("09/05/2024", 800, 380),
        ("610,00", 1100, 380),
        *more,
        ("Totale imponibile", 100, 700),
        ("500,00", 1100, 700),
        ("Totale IVA", 100, 740),
        ("110,00", 1100, 740),
        ("TOTALE DOCUMENTO", 100, 780),
        ("€ 610,00", 1100, 780),
    )


def test_a_credit_notes_number_beside_its_type_not_the_invoice_it_corrects():
    invoice = read(
        _courtesy_copy(
            "Pelletteria Guidi S.r.l.",
            "TD04 - Nota di credito",
            "NC 5/24",
            ("Documento collegato: fattura n. 112/24 del 18/04/2024", 100, 440),
            ("Reso merce difettosa", 100, 520),
            ("500,00", 1100, 520),
        )
    )

    assert invoice.invoice_number == "NC 5/24"
    assert invoice.vendor == "Pelletteria Guidi S.r.l."


def test_a_courtesy_copys_sender_is_named_under_its_heading_when_its_form_is_misread():
    invoice = read(
        _courtesy_copy(
            "Studio Medico Aurora S.r.I.",
            "TD01 - Fattura",
            "V-2024-0388",
            ("Visita medica", 100, 520),
            ("500,00", 1100, 520),
        )
    )

    assert invoice.vendor == "Studio Medico Aurora S.r.l."
    assert invoice.invoice_number == "V-2024-0388"


@pytest.mark.parametrize(
    "text",
    [
        "Documento trasmesso al Sistema di Interscambio",
        "Página 1 de 1",
        "Pagina 2 di 3",
        "Association loi 1901",
    ],
)
def test_page_furniture_and_a_legal_status_name_no_one(text):
    assert not may_name(text)


def test_a_spanish_civil_partnerships_name_is_whole_under_its_logo():
    invoice = read(
        receipt(
            [("La Pluma", 40), ("FACTURA", 800)],
            [("Papelería y Librería La Pluma, S.C.", 40), ("Nº Factura", 800), ("000587", 1100)],
            [("C/ Mayor, 12 · 37002 Salamanca", 40), ("Fecha", 800), ("15/10/2024", 1100)],
            [("CIF: J37455120", 40)],
            [("Cuadernos escolares", 40), ("400,00", 1100)],
            [("Total factura", 800), ("416,00 €", 1100)],
        )
    )

    assert invoice.vendor == "Papelería y Librería La Pluma, S.C."


def test_a_private_persons_receipt_invoice_names_them_not_the_buyer_and_reads_its_series():
    invoice = read(
        receipt(
            [("Marta Sofia Correia Lopes", 40)],
            [("Contabilista Certificada n.º 91 205", 40)],
            [("Rua de Santa Catarina, 310 · 4000-447 Porto", 40)],
            [("NIF 231 774 086 · Tel. 913 220 418", 40)],
            [("FATURA-RECIBO", 40), ("Porto, 30-09-2024", 700)],
            [("N.º FR ATSIRE01FR/31", 40)],
            [("Adquirente:", 40), ("Padaria Flor do Bonfim, Lda.", 300)],
            [("NIF 509 118 224", 300)],
            [("Serviços de contabilidade — setembro de 2024", 40), ("300,00 €", 800)],
            [("IVA à taxa de 23%", 40), ("69,00 €", 800)],
            [("Total do documento", 40), ("369,00 €", 800)],
        )
    )

    assert invoice.vendor == "Marta Sofia Correia Lopes"
    assert invoice.invoice_number == "FR ATSIRE01FR/31"
