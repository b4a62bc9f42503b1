"""The words invoices and receipts label their fields with, as compiled patterns.

English, Malay, Dutch, German, French, Spanish, Italian, Portuguese and Chinese, and the
main labels of Danish, Norwegian, Swedish, Finnish, Czech, Polish and Hungarian. Each
`*_LABELS` finds a field's label; each `NOT_*` rules out rows that look alike but hold
something else.
"""

import itertools
import re
from collections.abc import Iterable


def _words(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(patterns), re.IGNORECASE)


#: The word "total", and as OCR misreads it off a worn receipt: `lotal`, `Totai`, `Tota)`.
_TOTAL = r"(?:total|\b(?:[l1i][o0]ta[l1i)]|t[o0]ta[1i)]|t0tal)(?![a-z])|\btota\b)"


TOTAL_LABELS: tuple[tuple[re.Pattern[str], int], ...] = (
    (
        _words(
            rf"grand\s*{_TOTAL}",
            # An Indian bill book's `G. TOTAL`.
            rf"\bg\s*\.\s*{_TOTAL}",
            rf"{_TOTAL}\s*payable",
            r"amount\s*(?:due|payable)",
            # The UK's `Total to pay`, `Amount to pay`; a US repair order's `PLEASE PAY THIS
            # AMOUNT`.
            rf"(?:amount|{_TOTAL})\s*to\s*pay\b",
            r"\bpay\s*this\s*amount\b",
            # A till's `Due 7.20` alone on its line.
            r"^\W*due\W*$",
            r"net\s*payable",
            r"payable\s*amount",
            r"balance\s*due",
            # Québec's `Montant dû`, `Solde dû`.
            r"(?:montant|solde)\s*d[uû]\b",
            rf"{_TOTAL}\s*due",
            rf"net+\s*{_TOTAL}",
            rf"{_TOTAL}\s*rounded",
            rf"rounded\s*{_TOTAL}",
            # `Total RM36.96` / `Rounded: RM36.95`: the amount after the cash rounding.
            r"^\W*rounded\W*$",
            rf"{_TOTAL}\s*after\s*(?:round|adj)",
            r"te\s*betalen",
            r"gesamtbetrag",
            # A final invoice's whole work, before the instalments already invoiced.
            r"gesamtleistung",
            # An insurer's premium note: `Gesamtbeitrag`. Its `Versicherungsteuer` is no VAT
            # (insurers' e-invoices carry it in neither their tax nor their net amount).
            r"gesamtbeitrag",
            # An Austrian insurer's `Gesamtprämie`.
            r"gesamtpr[äa]mie",
            # A chamber's or a public body's fee in all (`Beitrag 2024 gesamt`,
            # `Jahresgebühr gesamt`), as its notice sets it (`Festgesetzter Beitrag`); a
            # credit note's (`Gutschrift gesamt`).
            r"\b\w*(?:beitrag|betrag|geb[üu]hr(?:en)?|gutschrift)\b(?:\s+\d{4})?\s+gesamt\b",
            r"festgesetzte[rn]?\s+(?:\w*beitrag|\w*geb[üu]hr(?:en)?|betrag)\b",
            # A French insurer's premium notice: `Cotisation annuelle TTC`.
            r"cotisation\s*(?:annuelle\s*|totale\s*)?t\.?t\.?c",
            rf"montant\s*{_TOTAL}",
            r"zahl(?:ungs)?betrag",
            r"rechnungsbetrag",
            r"\binvoice\s*amount\b",
            # A credit note's total: `Gutschriftsbetrag`, `Montant de l'avoir`, Sage's
            # `Credit Total`.
            r"gutschriftsbetrag",
            # A correcting invoice's: `Korrekturbetrag EUR -596,73`.
            r"korrekturbetrag",
            r"\bcredit\s*(?:note\s*)?total\b",
            r"\btotal\s*credit(?:\s*note)?\b(?!\s*(?:limit|card))",
            r"montant\s*(?:total\s*)?de\s*l['’]\s*avoir",
            r"brutto\s*summe",
            r"summe\s*brutto",
            r"brutto\s*-?\s*betrag",
            # An instalment's or any amount's gross (`Abschlagsbetrag brutto`).
            r"betrag\s*brutto",
            r"gesamtsumme",
            # `Gesamt inkl. MwSt.`, `Gesamt brutto` (not `Gesamt exkl. MwSt.`).
            r"\bgesamt\s*(?:inkl|brutto)",
            r"endbetrag",
            r"zu\s*zahlen",
            r"totale\s*(?:documento|fattura)",
            r"celkem\s*k\s*[úu]hrad[ěeé]",
            r"\bk\s*[úu]hrad[ěeé]",
            r"att\s*betala",
            r"[åa]\s*betale",
            # A Norwegian or Danish credit note's `Til gode NOK`: the customer's credit.
            r"\btil\s*gode\b",
            r"do\s*zap[łl]aty",
            r"suma\s*pln",
            r"[öo]sszesen",
            # Vietnamese `Tổng cộng`, `Tổng thanh toán`, their vowels' marks as OCR reads them
            # (or drops them: `Tông cng`, `Tng thanh toán`).
            r"\bt[^\W\d_]{0,2}ng\s*(?:c[^\W\d_]{0,2}ng|thanh\s*to[^\W\d_]n)\b",
            r"maksettava",
            r"za\s*pla(?:titi|[čc]ilo)",
            r"yhteens[äa]",
            # Icelandic `Samtals til greiðslu`, `Til greiðslu`.
            r"\btil\s*grei[ðd]slu\b",
            r"net\s*[àa]\s*payer",
            # Portuguese and Spanish: what is paid after the discount (`Valor a pagar R$`).
            r"(?:valor|total|importe|monto)\s*a\s*pagar",
            # A community's or a utility's receipt: Catalan `Import del rebut`, `Import
            # total`, Spanish `Importe del recibo`.
            r"\bimport[e]?\s*(?:del\s*(?:rebut|recibo)|total\b)",
            # Romanian `Total de plată`.
            r"total\s*de\s*plat[ăa]",
            # Hungarian `Fizetendő`, `Végösszeg`; Estonian `Kokku tasuda`; Latvian `Kopā
            # apmaksai`; Lithuanian `Mokėti`; Bulgarian `Сума за плащане`.
            r"fizetend[őo]",
            r"v[ée]g[öo]sszeg",
            r"(?:kokku\s*)?tasuda(?:\s*kokku)?",
            r"apmaks[āa]i",
            r"(?:suma\s*)?mok[ėe]ti\b",
            r"за\s*плащане",
            rf"{_TOTAL}\s*t\.?t\.?c",
            r"montant\s*t\.?t\.?c",
            # Belgium's `Montant TVAC` (TVA comprise).
            rf"(?:montant|{_TOTAL})\s*t\.?v\.?a\.?c\b",
            # A taxi's note: `PRIX TTC | 44,30 EUR`.
            r"^\W*prix\s*t\.?t\.?c\b",
            r"[àa]\s*payer",
            r"[àa]\s*r[ée]gler",
            rf"invoice\s*{_TOTAL}",
            # This invoice's own charges on a statement that adds an earlier balance:
            # `Amount of this invoice`, `Total this invoice`, `This invoice` alone in its
            # cell, `Current charges`, `Charges this bill`.
            rf"(?:amount|{_TOTAL})\s*(?:of\s*)?this\s*(?:invoice|bill)",
            r"(?:^|(?<=\u2003))\W*this\s*(?:invoice|bill)\W*(?=\u2003|$)",
            r"current\s*charges",
            # A builder's payment claim: `Claimed amount incl. GST`, `Amount claimed`.
            r"\b(?:claimed\s*amount|amount\s*claimed)\b(?![^\u2003]*\bexcl)",
            # A utility's `Current Bill Amount` beside its `Arrears`.
            r"current\s*bill\s*(?:amount|total)",
            r"charges\s*(?:for\s*)?this\s*(?:bill|period|month|invoice)",
            rf"gross\s*{_TOTAL}",
            rf"{_TOTAL}\s*gross",
            # Peppol's and XRechnung's English renderings: `Tax inclusive amount`, `Invoice
            # total amount with VAT`.
            r"\btax\s*inclusive\s*amount",
            rf"{_TOTAL}\s*amount\s*with\s*(?:vat|tax)",
            r"价税合计",
            r"小写",
            r"应付金额",
            r"实付",
            # What is owed after the discounts (`应收金额`, `應收`, `應付`, `實付`), the whole
            # sum (`总额`, `總額`, `总金额`), Hong Kong's `合共`.
            r"[应應][收付]",
            r"實付",
            r"[总總]\s*[金]?\s*[额額]",
            r"合\s*共",
        ),
        3,
    ),
    (
        _words(
            _TOTAL,
            r"totaal",
            # Not English `summer`, `summed`; nor an insurer's sum insured
            # (`Versicherungssumme 84.000 €`, `Deckungssumme`).
            r"(?<!versicherungs)(?<!deckungs)summe(?![rd])",
            # An insurer's annual premium (`Jahresbeitrag (EUR) | 269,54`).
            r"\bjahresbeitrag\b",
            r"合\s*[计計]",
            r"[总總]\s*[计計]",
            r"jumlah",
            r"\bcelkem\b",
            r"\brazem\b",
            r"\bsuma\b(?!\s*ptu)",
            r"\bsumma\b",
            r"\bukupno",
            r"\bskupaj\b",
            r"\bkokku\b",
            r"\bi[šs]\s*viso\b",
            r"\bkop[āa]\b",
            r"\bобщо\b",
            r"\bsamtals\b",
            r"^\W*say\b",
            # `GESAMT` or `Gesamtpreis` alone in its cell (a taxi's receipt, a rail
            # ticket's), not `Gesamt netto`.
            r"(?:^|(?<=\u2003))\W*gesamt(?:preis)?\W*(?=\u2003|$)",
            # Danish and Norwegian `I alt DKK` opening its cell.
            r"(?:^|(?<=\u2003))\W*i\s+alt\b",
            # A bill's amount opening its cell (`Bill amount | ₹2,347.00`).
            r"(?:^|(?<=\u2003))\W*bill\s*amount\b",
            # An old cash register's `TL | $16.50`, a cell of its own opening the line.
            r"^\W*tl\W*(?=\u2003)",
        ),
        2,
    ),
)
#: `Net amount`: a till's total after its discount and round-off (`NET AMOUNT Rs. 409.00`),
#: but an invoice's amount before the tax when a tax row follows it.
NET_AMOUNT = _words(r"\bnett?\s*amount")
#: What a page says when it charges no VAT, the customer accounting for it (reverse
#: charge, Germany's § 13b UStG) or none being due (a small business's § 19 UStG, France's
#: art. 293 B du CGI): its net amount is what it bills.
NO_VAT_CHARGED = _words(
    r"§\s*13\s*b\b",
    r"reverse[\s-]*charge",
    r"steuerschuldnerschaft\s*des\s*leistungsempf",
    r"autoliquidation",
    r"inversi[óo]n\s*del\s*sujeto\s*pasivo",
    r"\bverlegd\b",
    r"inversione\s*contabile",
    r"omvendt\s*betalingspligt",
    r"omv[äa]nd\s*skattskyldighet",
    r"§\s*19\s*(?:abs\.?\s*1\s*)?ustg",
    r"\b293\s*b\b",
)
#: The words that say an amount is net, inside a total's label (`Rechnungsbetrag
#: (netto)`, `Total HT`).
NET_SAID = re.compile(
    r"\(?\s*\b(?:netto|nett?|ht|h\.t\.|h\.?t\.?v\.?a\.?|hors\s*taxes?|excl\.?(?:\s*(?:vat|btw|mwst|ust))?)(?!\w)\s*\)?",
    re.IGNORECASE,
)
#: The strong total labels alone (`Balance Due`, `Grand Total`, `Zahlbetrag`).
STRONG_TOTAL = TOTAL_LABELS[0][0]
#: What moves the amount due away from the invoice total: prepayments, open items.
#: What an account statement or a utility bill adds to the invoice's own charges: what was
#: owed before it. The invoice's total leaves it out.
CARRIED_OVER = _words(
    r"(?:previous|prior)\s*balance",
    # Not the client's money a lawyer holds in trust (`Trust balance forward 5,000.00`).
    r"(?<!trust\s)(?<!retainer\s)balance\s*(?:brought\s*)?forward",
    r"(?<!trust\s)(?<!retainer\s)(?<!balance\s)brought\s*forward",
    r"balance\s*(?:on|from)\s*(?:your\s*)?(?:last|previous)\s*(?:bill|statement|invoice)",
    r"\barrears\b",
    r"solde\s*(?:ant[ée]rieur|pr[ée]c[ée]dent|report[ée])",
    r"saldo\s*(?:anterior|vortrag|aus\s*vorrechnung)",
    r"saldovortrag",
    r"vorheriger\s*saldo",
)
PAID_BEFORE = _words(
    r"anzahlung",
    # An advance in Czech, Polish, Hungarian, Finnish, Swedish, Danish, Norwegian, Dutch,
    # Italian, Spanish and Portuguese.
    r"z[áa]loh",
    r"uhrazeno",
    r"zaliczk",
    r"el[őo]leg",
    r"ennakko",
    r"f[öo]rskott",
    r"forskud",
    r"aanbetaling",
    r"anticipo",
    r"adiantamento",
    r"bereits\s*(?:gezahlt|bezahlt)",
    r"offene?\s*(?:zahlung|posten|betr)",
    r"prepa(?:id|yment)",
    r"deposit",
    r"acompte",
    r"d[ée]j[àa]\s*(?:pay|r[ée]gl)",
    r"credits?\s*applied",
    r"applied\s*(?:account\s*)?(?:credits?|balance)",
    r"balance\s*applied",
    r"retainer",
    r"\bless\b.{0,20}\b(?:paid|payments?|deposit|applied|received|on\s*account|credits?)\b",
    r"\b(?:paid|payments?)\s*on\s*account",
    r"\bacconto\b",
    r"\banticipo\b",
    r"adiantamento",
    r"aanbetaling",
    r"zaliczk",
    r"payments?\s*(?:received|made|on\b)",
    r"amount\s*paid",
    # An EN 16931 rendering's BT-113 (`Gezahlter Betrag`, `Paid amount`, `Montant payé`).
    r"gezahlter?\s*betrag",
    r"\bpaid\s*amount",
    r"montant\s*(?:d[ée]j[àa]\s*)?pay[ée]",
    r"paid\s*to\s*date",
    # A payment by its date: `Payé le 15/10/2024`, `Paid on 2 May`.
    r"^\W*(?:pay[ée]|paid|bezahlt|pagato|pagado)\s*(?:le|on|am|il|el)\b",
    r"voorschot",
    r"vorauszahlung",
    r"abschl[aä]ge?\b",
    r"acconti|acconto",
    r"anticipos?\b",
    r"advances?\s*(?:paid|received)",
    # A payment taken off on its own line, its amount negative (`Payment – draw 1 (Sep 20)
    # -$12,000.00`).
    r"^\W*payments?\b.*\s[-−]\s?[$€£]?\s?\d[\d.,]*\s*$",
)
#: Labels of what is left to pay once prepayments, deposits, a retention or an earlier
#: balance are reckoned with the invoice's total.
AMOUNT_DUE = _words(
    r"\bdue\b",
    r"\bk\s*[úu]hrad[ěeé]",
    r"do\s*zap[łl]aty",
    r"fizetend[őo]",
    r"maksettava",
    r"\bowing\b",
    r"amount\s*(?:payable|to\s*pay)",
    # What an insurer's direct claim leaves the client (`Balance payable by client`).
    r"balance\s*payable",
    # What a panel, an insurer or a subsidy leaves the patient (`Payable by Patient`,
    # `Patient Co-payment`, Indonesian `Dibayar Pasien`).
    r"payable\s*by\s*(?:the\s*)?(?:patient|client|customer|member)\b",
    r"(?:patient|member|your)\s*co-?\s*pay(?:ment)?\b",
    r"dibayar\s*pasien",
    r"net\s*receivable",
    r"^\W*balance\W*$",
    rf"{_TOTAL}\s*to\s*pay",
    r"net\s*payable",
    r"outstanding",
    r"zahl(?:ungs)?betrag",
    # What a retention leaves to pay out, or to transfer.
    r"auszahlungsbetrag",
    r"[üu]berweisungsbetrag",
    r"zu\s*zahlen",
    r"rest(?:forderung|betrag|summe)",
    r"f[äa]llige[rn]?\s*betrag",
    r"offener\s*betrag",
    r"open\s*amount",
    r"openstaand(?:e)?\s*(?:bedrag|saldo)",
    r"(?:offene[rs]?|rest)\s*saldo",
    r"^\W*saldo\W*$",
    r"^\W*solde(?:\s*(?:d[ûu]|[àa]\s*payer))?\W*$",
    r"[àa]\s*payer",
    r"[àa]\s*r[ée]gler",
    r"montant\s*d[ûu]",
    r"te\s*betalen",
    r"a\s*pagar",
    r"da\s*pagare",
    r"pendiente\s*de\s*pago",
    r"att\s*betala",
    r"do\s*zap[łl]aty",
)
#: What is taken off a total on the way to the amount due besides a prepayment.
DEDUCTION = _words(
    r"\bless\b",
    r"\babzgl",
    r"abz[üu]glich",
    r"einbehalt",
    r"retenue",
    r"retention",
    r"paid\s*amount",
    r"voraus\s*(?:be)?zahlt",
    r"\bd[ée]duction",
    r"\bpayments?\b",
    r"\bpaid\b",
    r"\bcredits?\b",
    r"a\s*cuenta",
)
#: What an insurer, a panel, a scheme or a subsidy pays of a bill, the patient or customer
#: paying the rest (`Amount payable by panel`, `AIA share`, `CHAS subsidy`, `MediSave`).
THIRD_PARTY_SHARE = _words(
    r"(?:payable|paid|covered|borne|claim(?:ed|able)?)\s*(?:by|from)\s*(?:the\s*)?"
    r"(?:panel|insur\w*|tpa|hmo|employer|corporate|guarantor|scheme|government)",
    r"\b(?:panel|insurer|insurance|tpa|hmo)\s*(?:share|portion|pays|payable|coverage)\b",
    r"\bchas\b",
    r"\bmedisave\b",
    r"\bphilhealth\b",
    r"\bsubsid(?:y|ies)\b",
    r"dibayar\s*(?:oleh\s*)?(?:asuransi|tpa|perusahaan)",
    r"ditanggung\s*(?:oleh\s*)?(?:penjamin|asuransi|perusahaan)",
)
#: Earlier bills still unpaid, which the amount due adds to the invoice's total.
OPEN_ITEMS = _words(r"offene\s*(?:zahlung|posten)", r"open\s*items", r"unpaid\s*(?:invoices|items)")
#: An amount offered for paying early (`2 % Skonto`, `escompte`): what is due if, not what
#: is due.
#: What a bill costs if paid late (`Amount if paid after due date ₹2,397.00`, `Amount Due
#: After 04/04/2025 $180.50`, `After Due Date Pay $157.59`).
_LATE_PAYMENT = (
    r"after\s*(?:the\s*)?due\s*date",
    r"(?:due|payable|paid)\s*after\s*(?:\d|[a-z]{3,9}\.?\s*\d)",
)
LATE_PAYMENT = _words(*_LATE_PAYMENT)
EARLY_PAYMENT = _words(
    r"skonto",
    r"escompte",
    r"early\s*(?:payment|settlement)",
    r"if\s*paid\s*(?:by|within|before)",
    r"bei\s*zahlung\s*(?:bis|innerhalb)",
    r"prompt\s*payment",
)
#: Titles of a document that refunds: its total is printed negative.
CREDIT_NOTE = _words(
    r"credit\s*note",
    r"gutschrift",
    r"rechnungs[\s-]*korrektur",
    r"stornorechnung",
    r"\bavoir\b",
    r"note\s*de\s*cr[ée]dit",
    r"creditnota",
    r"creditfactuur",
    r"credit\s*memo",
    r"korrekturrechnung",
    r"factura\s*rectificativa",
    # France's corrective invoice (`Facture rectificative n° …`).
    r"facture\s*rectificative",
    r"nota\s*d[ie]\s*(?:cr[ée]dito|accredito)",
    # Poland's `Faktura korygująca`, Czech and Slovak `Opravný daňový doklad`, `Dobropis`.
    r"faktura\s*koryguj[ąa]c[ay]",
    r"opravn[ýy]\s*da[ňn]ov[ýy]\s*doklad",
    r"\bdobropis\b",
)
#: The lines a credit note's title is looked for in: a letterhead of a dozen lines or more
#: (name, trade, address, phone, mail, the customer's block) may stand over it.
CREDIT_NOTE_HEAD = 20


def is_credit_note(lines: Iterable[str]) -> bool:
    """Whether the head of the page (its first `CREDIT_NOTE_HEAD` lines) titles it a
    credit note or a correction."""
    return any(CREDIT_NOTE.search(line) for line in itertools.islice(lines, CREDIT_NOTE_HEAD))


#: Labels of the invoice's gross total, preferred to the amount due when the two differ
#: (prepayments, open items).
GROSS_TOTAL = _words(
    r"grand\s*total",
    r"gross\s*total",
    r"total\s*gross",
    r"brutto\s*summe",
    r"summe\s*brutto",
    r"brutto\s*-?\s*betrag",
    r"gesamtbetrag",
    r"gesamtleistung",
    r"gesamtbeitrag",
    r"rechnungsbetrag",
    r"gesamtsumme",
    # `Gesamt inkl. MwSt.`, `Gesamt brutto` (not `Gesamt exkl. MwSt.`).
    r"\bgesamt\s*(?:inkl|brutto)",
    r"invoice\s*total",
    r"total\s*t\.?t\.?c",
    r"montant\s*t\.?t\.?c",
)
NOT_TOTAL = _words(
    r"su[bp]+[\s\-.]*t[o0]ta",
    # The items' sum before an app's fees and coupons (`Item total ₹548.00`).
    r"\bitems?\s*total",
    r"subtotaal",
    r"jumlah\s*kecil",
    r"小[计計]",
    # The sum at list prices, before the discounts (`原价合计`).
    r"原\s*[价價]",
    rf"{_TOTAL}\s*[(:]?\s*(?:qty|quantity|items?|savings?|disc|excl(?![\w.]*\s*reverse)|before"
    # Not `Total (GST inclusive)`, the total with its tax.
    # Nor Belgium's `Total TVAC` (TVA comprise), the total with it.
    r"|(?:taxes|tax(?!es)|gst|vat|sst|iva|tva(?!c\b|\s*compris)|btw|mwst)(?!\s*-?\s*incl)"
    r"|\d+\s*%"
    r"|supplies|weight|pcs|units?|points?|count|lines?"
    # A shipment's measures (`Total CBM: 61.20`, `Total gross weight: 9,412.00 KGS`).
    r"|(?:gross|net|nett)\s*(?:weight|wt\b)|cbm\b|volume|cartons?|ctns\b|packages|pkgs\b|pallets)",
    # `Total includes GST of $142.81`, `Total includes GST | $2.90`: the tax in the total,
    # not the total.
    # Not a total due including it (`TOTAL DUE INCLUDING VAT £134,197.38`).
    r"(?:includ(?:es|ed)|(?<!due\s)including)\s+(?:gst|vat|tax)(?:\s+of|\s*[:\u2003]|\s*$)",
    # Not a reverse-charged invoice's whole amount, which the customer accounts the VAT
    # on (`Invoice Total (excl. reverse charge VAT)`).
    r"excl(?![\w.]*\s*(?:domestic\s*)?reverse)",
    # `Total out-of-plan usage (ex VAT)`.
    r"\bex\.?\s*(?:vat|gst|tax)\b",
    r"\beks\.?\s*mva",
    r"(?:exkl|ekskl)\.?\s*moms",
    # `Total Waren und Dienstleistungen exkl. MWST` (Swiss), `Summe exkl. USt.`.
    r"exkl\.?\s*(?:mwst|ust|mehrwertsteuer)",
    r"bez\s*dph",
    # Without VAT in Estonian (`Summa km-ta`, `käibemaksuta`), Latvian, Lithuanian,
    # Bulgarian, Croatian, Slovenian and Romanian.
    r"\bkm[\s-]*ta\b",
    r"k[äa]ibemaksuta",
    r"\bbez\s*(?:pvn|pdv)",
    r"\bbe\s*pvm\b",
    r"без\s*ддс",
    r"\bbrez\s*ddv",
    r"f[ăa]r[ăa]\s*tva",
    # Icelandic `Samtals án VSK`.
    r"\b[áa]n\s*vsk\b",
    r"veroton",
    r"exclusi",
    r"item\s*count",
    rf"(?:tax|gst|vat)\s*{_TOTAL}",
    rf"in(?:cluded)?\s*in\s*{_TOTAL}",
    r"saving",
    r"不含税",
    r"\bh\.?t\b",
    # Belgium's `Total HTVA` (hors TVA).
    r"\bh\.?t\.?v\.?a\b",
    r"hors\s*tax",
    r"netto",
    r"ohne\s*u?st",
    r"der\s*(?:zu|ab)schl",
    r"anzahlung",
    r"positions?summe",
    r"taxable",
    r"imponib",
    r"importe\s*neto",
    r"enthalten",
    r"\bdarin\b",
    r"\bdavon\b",
    r"\bdont\b",
    r"\bdi\s*cui\b",
    r"zwischensumme",
    r"zwischentotal",
    r"\bt[aạ]m\s*t[íi]nh\b",
    rf"sous[\s-]*{_TOTAL}",
    r"\bmrp\b",
    # The price before the savings printed under it (`Original Total $29,195.00`).
    rf"original\s*{_TOTAL}",
    # A page's sum carried to the next (`SUMA Y SIGUE`, `Suma anterior`, `a riportare`).
    r"suma\s*(?:y\s*sigue|anterior)",
    r"a\s*riportare",
    r"\b(?:do|z)\s*przeniesienia",
    # The bill with a tip the customer may leave (`Total c/propina sugerida $68.200`).
    r"sugerid[ao]",
    r"suggested",
    *_LATE_PAYMENT,
)
SUBTOTAL_LABELS = _words(
    r"su[bp]+[\s\-.]*t[o0]ta",
    r"\bitems?\s*total",
    # Vietnamese `Tạm tính`, `Tổng tiền hàng`.
    r"\bt[^\W\d_]m\s*t[^\W\d_]nh\b",
    r"\bt[^\W\d_]{1,2}ng\s*ti[^\W\d_]{1,2}n\s*h[^\W\d_]ng\b",
    r"(?<!价税)合\s*计",
    r"subtotaal",
    r"zwischensumme",
    # Malay `Jumlah Kecil` (the small sum, before tax).
    r"jumlah\s*kecil",
    r"小\s*[计計]",
    r"tota+l\s*(?:amount|amt|sales|value)?\s*[(:]?\s*excl",
    r"total\s*net\s*(?:amount|value)\b",
    r"excluding\s*(?:gst|vat|tax)",
    r"\b(?:total|amount)\b[^\d\n]{0,30}\bex\.?\s*(?:vat|gst|tax)\b",
    r"exclusief\s*btw",
    r"before\s*(?:tax|vat|gst)",
    r"total\s*h\.?t\b",
    r"montant\s*h\.?t\b",
    r"(?:total|montant)\s*h\.?t\.?v\.?a\b",
    r"(?:total|montant)\s*hors\s*(?:tax|t\.?v\.?a)",
    r"sous[\s-]*total",
    r"ohne\s*u?st",
    r"summe\b[^\d\n]{0,30}\bnetto\b",
    r"base\s*imponible",
    r"taxable\s*(?:value|amount|amt)",
    r"goods\s*total",
    r"\beks\.?\s*mva",
    r"(?:exkl|ekskl)\.?\s*moms",
    r"exkl\.?\s*(?:mwst|ust|mehrwertsteuer)",
    r"bez\s*dph",
    r"\b[áa]n\s*vsk\b",
    r"veroton",
    r"(?:totale\s*)?imponibile",
    r"importe\s*neto",
    r"netto\s*-?\s*(?:summe|betrag|gesamt)",
    r"gesamt\w*\s*netto",
    # Switzerland's `Total netto`.
    r"\btotal\s*netto\b",
    r"^\s*netto\s*(?:\(?[A-Z]{3}\)?|€)?\s*:?\s*$",
    r"金额合计",
    r"不含税",
)
#: The names of sales taxes and VAT in the languages read.
TAX_WORDS = (
    r"gst|vat|sst|tax|btw|mwst|iva|tva|ppn|ust|[cisu]gst|hst|pst|qst|tps|tvq|tvh|moms|mva|alv|dph|ptu|[áa]fa"
    r"|tpt|gtgt|vsk|vir[ðd]isaukaskattur"
)
#: Words that name the amount a tax is reckoned on (`Netto`, `HT`, `Base imponible`,
#: `MVA-grunnlag`, `Základ`, `taxable`).
NET_WORDS = (
    r"netto|nett?|nett[óo]|base(?:\s*imponible)?|basis|h\.?t\.?|imponibile|grondslag"
    r"|\w*-?grunnlag|veroton|z[áa]klad|taxable"
)
TAX_LABELS = _words(
    # With its rate glued on, as some systems print it: `IGST18 (18%)`, `IVA16%`; not the
    # end or the start of an item's code (`F-SST`, a first-aid course; `PST-A3`, a poster).
    rf"(?<![\w-])(?:{TAX_WORDS})(?!-[a-z]+\d)(?:\d{{1,2}}(?=\s*[(%]))?\b",
    r"umsatzsteuer\b",
    r"\bsteuer\b(?!\s*-?\s*(?:nr|nummer|id|satz|klasse))",
    r"mehrwertsteuer",
    r"steuerbetrag",
    # Indonesia's restaurant tax (`PB1 10%`, `Pajak Resto`); not a taxpayer's number
    # (`Nomor Pokok Wajib Pajak`).
    r"\bpb\s*-?\s*1\b",
    r"(?<!wajib\s)\bpajak\b",
    r"税\s*额",
    r"税\s*金",
    r"增值税",
)
_VAT_NAMES = r"vat|gst|tva|btw|iva|ust|mwst|moms|mva|dph|áfa|alv"
#: The country prefix of a VAT number, upper case as printed (`DE`, `IE`, `CHE`).
_VAT_COUNTRY = (
    r"(?-i:\b(?:AT|BE|BG|CHE|CY|CZ|DE|DK|EE|EL|ES|EU|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|NO"
    r"|PL|PT|RO|SE|SI|SK|XI)(?![^\W\d_]))"
)
NOT_TAX = _words(
    r"\btax\s*(?:in|ex)clusive\s*amount",
    r"(?:gst|vat|sst|tax|btw)\s*[-/]?\s*(?:id|reg|no\b|number|ref|#|invoice|summary)",
    # A VAT number by its country prefix: `VAT: DE 318 940 227`, `GB VAT 311 840 662`,
    # `N° TVA FR 47 829 331 045` (a long number read as an amount otherwise).
    rf"(?:{_VAT_NAMES})\s*:?\s*{_VAT_COUNTRY}\s*-?\s*\d(?:[\s.]?\d){{6,}}",
    rf"{_VAT_COUNTRY}\s*(?:{_VAT_NAMES})\b",
    r"\bn[°º]\s*(?:de\s*)?(?:tva|iva|btw)\b",
    # A German VAT id's label: `USt-IdNr. DE 115 602 447`.
    r"\bu\.?\s*st\.?\s*-?\s*id",
    # A Swiss VAT number and its label: `MWST-Nr. CHE-318.447.920 MWST`.
    r"\bmwst\s*[-.]?\s*(?:nr|nummer|no)\b",
    r"\bche\s*-?\s*\d{3}\.?\d{3}\.?\d{3}",
    r"reg\.?\s*no",
    # Philippine receipts: the sales split by VAT status, and a senior's VAT relief.
    r"vat\s*-?\s*(?:exempt|zero)",
    r"\bvatable\b",
    r"\bless\s*(?:vat|tax)\b",
    r"(?<!(?:vat|gst|tax|iva|btw|sst)\s)total\b"
    r"(?!\s*(?:cuota\s*)?(?:gst|vat|tax|sst|tva|mwst|iva|btw|ust)\b"
    r"|\s*includ(?:es|ing)\s+(?:gst|vat|tax)(?:\s+of\b|\s*[:\u2003]|\s*$))",
    r"\bp\.?\s*iva\b",
    r"org\.?\s*n",
    r"sprzed\w*\.?\s*opod",
    r"partita\s*iva",
    r"\bcap(?:itale)?\.?\s*soc",
    r"capital",
    r"stammkapital",
    r"(?:\bincl\w*|\binc\b|with)\.?\s*(?:of\s*)?(?:gst|vat|tax|sst)(?!\s*of\b)",
    r"allowance",
    r"discount",
    r"rabatt",
    r"remise",
    r"skonto",
    r"ohne\s*u?st",
    r"\b(?:before|pre|without|sans|net\s*of)\s*-?\s*(?:tax|taxes|vat|gst|tva|iva)\b",
    r"\beks\.?\s*mva",
    r"(?:exkl|ekskl)\.?\s*moms",
    r"bez\s*dph",
    r"veroton",
    r"\b(?:gst|vat|tax|mwst|ust|tva|btw|steuer)\.?\s*-?\s*%",
    r"\bcharge\b",
    r"zuschlag",
    r"netto\s*-?\s*betrag",
    r"\bhors\b",
    r"supplies",
    r"excl",
    r"totaal\b(?!\s*btw)",
    r"税号",
    r"识别号",
    r"summary",
    # An accountant's service, not a tax charged (`Preparation of corporation tax return
    # CT600 | 475.00`).
    r"\b(?:tax|vat|gst|hst|bas)\s*(?:returns?|advice|advisory|planning|preparation|filing"
    r"|computations?|enquir\w*)\b",
    r"\b(?:corporation|income|self[-\s]?assessment|inheritance|capital\s*gains)\s*tax\b",
)
#: A tax rate as a row prints it (`VAT @ 20%`, `MwSt. 7 %`, `TVA 5,5%`), its number.
TAX_RATE = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,3})?)\s*%")
TAX_INCLUDED = _words(
    r"(?:gst|vat|tax|btw|sst)\b.{0,24}\b(?:incl|inclusive|included)",
    r"\b(?:incl|inclusive|included|includes?|inc)\b\.?.{0,12}(?:gst|vat|tax|btw|sst)",
    r"价税合计",
    r"含税",
    # Danish, Norwegian and Swedish `Heraf moms 25 %`, `Herav mva`, `Varav moms`.
    r"\b(?:heraf|herav|varav)\s*(?:moms|mva)\b",
)
CASH_LABELS = _words(
    r"\bcash\b",
    # Vietnamese `Tiền khách đưa`, `Tiền mặt`.
    r"\bti[^\W\d_]{1,2}n\s*(?:kh[^\W\d_]{1,2}ch\s*[đd][^\W\d_]{1,2}a|m[^\W\d_]{1,2}t)\b",
    r"tunai",
    r"\bpaid\b",
    # `Tendered`, `CASH TENDER`; not an item of `TENDERLOIN` @43.37.
    r"tender(?![a-df-z])",
    r"现金",
    r"現金",
    # What the customer handed over at a Chinese till: `实收 50.00` after `应收 33.90`.
    r"[实實]\s*收",
    # Not the heading or terms a template prints beside its sums (`PAYMENT INFORMATION`,
    # `Total payment due in 30 days`).
    r"\bpayment\b(?!\s*(?:is\s*)?(?:due|terms?|info(?:rmation)?|details|instructions|options)\b)",
    # A till's `Pay 10.00` over `Change 2.80`.
    r"^\W*pay\b\W*(?=\d|rm\b|$)",
    r"credit\s*card",
    # Not a promotion's credit taken off before the tax (`Promotional credit (PROMO-…)`).
    # Nor a credit note's own total (`Credit Total £625.80`), nor a bank transfer named as
    # the means of payment (`Credit transfer (58)`, an e-invoice's).
    r"(?<!promotional\s)(?<!promo\s)(?<!total\s)\bcredit\b(?!\s*(?:note|total|transfer))",
    r"\bdebit\b",
    r"\bvisa\b",
    r"\bmaster(?:card)?\b",
    r"\bamex\b",
    r"bar\s*gegeben",
    r"gegeben",
    r"esp[èe]ces",
    r"got[óo]wk",
    r"kontant",
    r"hotovost",
    r"k[ée]szp[ée]nz",
    r"k[äa]teinen",
    r"efectivo",
    r"numer[áa]rio",
    r"^\W*(?:cb|pinnen|pin|girocard|ec[\s-]*karte|eftpos|nets|interac)\b",
)
#: A payment line that is the document's total: what a parking machine or a credit note
#: prints instead of a total (`Total paid £12.50`, `Total credit -£288.00`).
SETTLED_TOTAL = _words(rf"{_TOTAL}\s*(?:paid|credit(?:ed)?|refund(?:ed)?)\b")
CHANGE_LABELS = _words(
    r"\bchange\b",
    # An old cash register's `CG | $3.50`, a cell of its own opening the line.
    r"^\W*cg\W*(?=\u2003)",
    # Vietnamese `Tiền thừa`, `Tiền thối`, `Tiền trả lại`, `Trả lại` opening the line.
    r"\bti[^\W\d_]{1,2}n\s*(?:th[^\W\d_]{0,2}[ai]|tr[^\W\d_]\s*l[^\W\d_]i)\b",
    r"^\W*tr[^\W\d_]\s*l[^\W\d_]i\b",
    r"\bbaki\b",
    # Indonesian `Kembali`, `Kembalian` opening the line (not `Selamat datang kembali`).
    r"^\W*kembali(?:an)?\b",
    r"找零",
    r"找[赎贖續续]",
    r"r[üu]ckgeld",
    r"monnaie\s*rendue",
    r"\brendu\b",
    r"\breszta\b",
    r"vr[áa]ceno",
    r"visszaj[áa]r",
    r"vaihtoraha",
    r"\btilbage\b",
    r"\bcambio\b",
    r"\btroco\b",
    r"\bresto\b",
    r"\bwisselgeld\b",
)
#: What a restaurant adds to the subtotal besides the tax, as the label its row starts
#: with (not `PG TIPS 2.75`, an item).
#: Words of a tip (`GRATUITY £5.00`, `Trinkgeld`, `Pourboire`).
_TIP_WORDS = r"tips?\b|gratuity|trinkgeld|pourboire|propina|mancia|fooi\b"
CHARGE_LABELS = _words(
    r"^\W*(?:serv(?:ice|\.)?\s*(?:charge|chg)",
    r"(?:svc|srv)\.?\s*(?:charge|chg)",
    r"\d{1,2}(?:[.,]\d+)?\s*%\s*(?:svc|srv|serv(?:ice)?)\b(?!\W*tax)",
    r"(?:svc|srv|service)\W*\d{1,2}(?:[.,]\d+)?\s*%",
    r"optional\s*service",
    _TIP_WORDS,
    r"caj\s*perkhidmatan",
    r"服务费)",
)
#: A tip added to the bill, on a card slip or at the till, as the label its row starts with.
TIP = _words(rf"^\W*(?:{_TIP_WORDS})")
#: The same opening a cell of its own, further along its row.
TIP_CELL = _words(rf"(?<=\u2003)[^\w\u2003]*(?:{_TIP_WORDS})")
#: A row that names a charge inside a total (`Total incl. service charge`), not the charge,
#: or one the customer may add (`Propina sugerida (10%)`), not added.
NOT_CHARGE = _words(
    r"total", r"summe", r"jumlah", r"\bincl", r"\bexcl", r"合计", r"sugerid[ao]", r"suggested"
)
#: A row's whole label when it names no kind of sum, only "the amount": a card slip's or a
#: ticket's `AMOUNT £32.00`, `Amount: $2.00`, a pay station's `IMPORTO EUR 64,00`.
AMOUNT_ALONE = _words(
    r"^\W*(?:amount|amt|sale\s*amount|betrag|montant|importe|importo)"
    # With its currency: a fuel pump's `AMOUNT(RS)`, `Amount (INR)`, `AMT RM`.
    r"\W*(?:\(\s*)?(?:rs|inr|rm|[a-z]{3}|[$€£₹])?\.?\W*$"
)
ROUNDING_LABELS = _words(
    r"r[o0]u[nr]d",
    r"\brnd\b",
    r"rundung",
    r"arrondi",
    r"pembundaran",
    # Malay `Pelarasan` (adjustment): the rounding to five sen.
    r"pelarasan",
    r"zaokrouhl",
    r"zaokr[ąa]gl",
    r"afronding",
    r"redondeo",
    r"arrotond",
    r"avrundning",
    r"afrunding",
    r"py[öo]ristys",
    r"kerek[íi]t",
)
#: A table of tax per rate, printed below the total and the payment.
#: A word starting lower-case: a sentence's, not a label's or a name's.
PROSE_WORD = re.compile(r"(?<!\S)[a-zäöüßàâçéèêëîïôûùœ][^\W\d_]+")
#: A discount's row (`Less: SC Disc 20%`, `Rabatt 5 %`, `Remise`): a price taken off, not
#: a payment.
DISCOUNT = _words(
    r"折扣",
    r"[优優]\s*惠",
    r"\bdisc(?:ount)?\b",
    r"\brabatt",
    r"\bremise\b",
    r"\bdescuento",
    r"\bscont[oi]\b",
    r"\bkorting(?:en)?\b",
    r"\brabat\b",
    r"\bdesconto",
    r"\bnachlass",
)
SUMMARY_LABELS = _words(
    r"(?:gst|vat|tax(?:es)?|sst)\s*(?:summary|analysis)",
    # The heading of an Indian invoice's HSN/SAC-wise tax table, under the total.
    r"\btaxable\s*(?:value|amount)\b.*\b(?:[cis]?gst|vat|tax)\s*(?:amount|amt|rate)",
)
#: The days of the week in English, German, French, Italian, Spanish and Dutch, and their
#: English abbreviations.
_WEEKDAYS = (
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica"
    r"|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo"
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    # German days cut to two letters and a point (`Do., 12.06.2025`).
    r"|(?:mo|di|mi|do|fr|sa|so)(?=\.)"
)
DATE_LABELS = _words(
    # Not German `Datei` (a file's name).
    r"(?<!to\s)(?<!to-)dat(?:e|um)(?!i)",
    r"\bdata\s*wystawienia",
    r"(?:faktura|fakturerings?)?dato\b",
    # Hungarian `Számla kelte`, `dátuma`; Finnish `päiväys`, `päivämäärä`.
    r"\bkelte\b",
    r"\bd[áa]tuma?\b",
    r"p[äa]iv[äa]ys",
    r"p[äa]iv[äa]m[äa][äa]r[äa]",
    # Icelandic `Útgáfudagur`, `Reikningsdagur`, `Dagsetning`.
    r"\b(?:[úu]tg[áa]fu|reiknings)dagur\b",
    r"\bdagsetning\b",
    r"tarikh",
    r"日期",
    # Japan's: `日付`, an invoice's `請求日`, `発行日`, a receipt's `領収日`, `取引日`.
    r"日付|(?:請求|発行|領収|取引)日",
    r"fecha",
    r"\bdd\b",
    r",\s*(?:den|le)\s*$",
    r"\bissued\b",
    # A hotel folio's checkout, when it is settled and printed (`Departure: 05/08/23`,
    # `Printed: 05/08/23 06:48`).
    r"\b(?:departure|check[\s-]*out|abreise|d[ée]part|salida)\b\W*$",
    r"\bprinted(?:\s*on)?\W*$",
    # French `Émise le`, `Établie le`: the day the invoice was made out.
    r"(?<!\w)(?:[ée]mise?|[ée]tablie?)\s+le\b",
    r"^\W*data\s*(?:d[aoei]\s*)?(?:documento|fattura|fatura|emiss[ãa]o|emissione)?\W*$",
    # A letter's place and date: `Wien, 12.02.2025`, `Milano, 5 marzo 2025`; not a day of
    # the week (`Saturday, May 17, 2025`, an event's). In a column of its own beside the
    # addressee too (`Frau | Stuttgart, 5. Juni 2024`).
    rf"(?:^|\u2003)\s*(?!(?:{_WEEKDAYS})\b)[A-ZÄÖÜÉÈ][\w.\- ]{{1,30}}?,\s*"
    r"(?:(?:den|le|il|el|am)\s+)?$",
)
#: The invoice's own date's label, as no other date's.
ISSUE_DATE_LABEL = re.compile(
    r"rechnungsdatum|invoice\s*(?:issue\s*)?date|date\s*(?:de\s*(?:la\s*)?)?factur(?:e|ation)|factuurdatum"
    r"|data\s*(?:della\s*)?fattura|fecha\s*(?:de\s*)?factura"
    # The date of issue: `Date d'émission`, `Issue date`, `Ausstellungsdatum`, `Fecha de
    # emisión`, `Data de emissão`, `Data di emissione`.
    r"|date\s*d['’]\s*[ée]mission|date\s*of\s*issue|issue\s*date|ausstellungsdatum"
    r"|fecha\s*de\s*emisi[óo]n|data\s*(?:de\s*|di\s*)?emiss(?:[ãa]o|ione)",
    re.IGNORECASE,
)
#: A document's title, as it heads the page (the number may follow it or stand under it).
DOCUMENT_TITLE = (
    r"(?:tax\s*)?(?:invoice|rechnung(?:s[\s-]*korrektur)?|korrekturrechnung|stornorechnung"
    r"|gutschrift|facture|avoir|factuur|fattura"
    # Spain's and Portugal's simplified invoice, a till's receipt there.
    r"|(?:fatura|factura)(?:\s*simplificada)?"
    r"|credit\s*(?:note|memo)|note\s*de\s*cr[ée]dit"
    r"|faktura|fakt[úu]ra|lasku|sz[áa]mla|factur[ăa]|cash\s*bill|bil\s*tunai"
    # Croatian, Serbian and Slovenian `Račun`, Latvian `Rēķins`, Estonian `Arve`, Bulgarian.
    r"|ra[čc]un|r[ēe][ķk]ins|arve|фактура|reikningur"
    # The Philippines' receipt for a payment or a sale, as its tax bureau names it.
    r"|official\s*receipt)"
)
#: The document's own title with its number and date, heading the page or as a statement of
#: its footer (`Stadtwerke GmbH · Rechnung 4100238817 vom 06.03.2026 · Seite 1 von 2`).
OWN_TITLE_DATE = re.compile(
    rf"(?:^|[·•|]\s*){DOCUMENT_TITLE}\s+(?:n[°º]\.?\s*|nr\.?\s*|no\.?\s*)?"
    r"[A-Z0-9][\w/.-]*\d[\w/.-]*\s+(?:vom|du|dated|van|of)\s*:?\s*$",
    re.IGNORECASE,
)
#: A document's title with its number, then its date: "Rechnung Nr. 4711 vom 15.11.2024",
#: "Facture N° 12 du 03/05/2024", "Invoice 881 dated 2 May 2024".
TITLE_DATE = _words(
    r"(?:rechnung|gutschrift|invoice|facture|avoir|factuur|credit\s*note|\bnr\b|\bno\b|n°)"
    # OCR may run the word into the number before it (`TX-471102vom30.10.2018`).
    r".{0,60}(?:\b|(?<=\d))(?:vom|du|dated?|van|of)\s*:?\s*$",
)
#: The types of street that come before the street's name (`Via Roma 12`, `C/ Pureza, 88`,
#: `Rue de la Paix`): a line starting with one is an address.
STREET_BEFORE_NAME = (
    r"via|viale|piazza|corso|largo|calle|c/|avenida|avda|plaza|paseo|carrer|rua|travessa"
    r"|rue|quai|chemin|all[ée]e|impasse"
)
#: The sale a return's slip refers to (`Original Order | HP-5531207 (purchased
#: 12/19/2024)`, `Ursprungsbon: 8790 vom 02.05.2025`, `Documento di riferimento`,
#: `ticket d'origine`, `oorspronkelijke bon`).
ORIGINAL_SALE = r"\boriginal|ursprung|riferimento|d['’]\s*origine|oorspronkelijk"
#: When a receipt's purchase was made: its date where no invoice date is printed, never
#: beating one (`Ordered on`, `Booked on`, `Order date`, `Date paid`).
PURCHASE_DATE = _words(
    r"\b(?:ordered|booked|purchased|bought|paid)\s*(?:on|at)?\s*:?\s*$",
    r"\b(?:order|booking|purchase|payment|transaction)\s*(?:date|placed|time)\s*:?\s*$",
    r"\bdate\s*(?:of\s*)?(?:order|booking|purchase|payment|paid)\s*:?\s*$",
    # `Data pagamento`, `Fecha de pago`, `Date de paiement`, `Zahlungsdatum`, `Bezahlt am`.
    r"\b(?:data|fecha|date)\s*(?:d[eio]\s*)?(?:pagamento|pago|paiement)\s*:?\s*$",
    r"\bzahlungsdatum\s*:?\s*$",
    r"\bbezahlt\s*am\s*:?\s*$",
)
NOT_ISSUE_DATE = _words(
    r"due",
    # French `Date d'exigibilité`: when it falls due.
    r"exigibilit[ée]",
    # When a donor gave, on the charity's receipt for it (`Date gift received`, `Date of
    # donation`), not when the receipt was issued.
    r"(?:gift|donation|contribution)s?\s*(?:was\s*|were\s*)?(?:received|made)",
    r"date\s*(?:of\s*)?(?:the\s*)?(?:gift|donation|contribution)",
    r"\b(?:gift|donation|contribution)\s*date",
    # An Indian e-invoice's acknowledgement by the tax portal, and its e-way bill.
    r"\back(?:nowledge?ment)?\.?\s*(?:no\.?\s*(?:&|and)\s*)?date",
    r"e-?\s*way\s*bill\s*date",
    # When an inbox or access point received the e-invoice (`Received | 25 Aug 2025 09:56
    # via Peppol`, `Received (UTC)`), a label opening its cell.
    r"(?:^|(?<=\u2003))\W*(?:date\s*)?received\b",
    # A portal's column of when it came in (`Eingangsdatum`, `Date de réception`,
    # `Ontvangstdatum`), and its history's event (`2025-07-23 | Rechnung eingegangen`).
    r"eingangsdatum|date\s*de\s*r[ée]ception|ontvangstdatum|received\s*date",
    r"(?:rechnung|facture|factuur|invoice)\s*(?:eingegangen|re[çc]ue|ontvangen|received)\b",
    # The previous bill's date (`Solde de votre facture précédente du 20/01/2024`).
    r"pr[ée]c[ée]dente?\b",
    r"\bprevious\b",
    r"\bvorherige",
    # What is left of an earlier bill: `Solde de votre facture du 02/04/2024`.
    r"\b(?:solde|saldo|balance)\b.{0,25}\b(?:facture|factuur|rechnung|invoice|bill)\b",
    # The invoice a credit note corrects: `zu Rechnung Nr. … vom`, `sur facture n° … du`.
    r"\bzu[rm]?\s*rechnung",
    r"\bsur\s*(?:la\s*)?facture",
    r"factur[ea]\s*d'?\s*origine",
    # When a direct debit is (or was) taken: `prélèvement du 05/02/2024` (its `è` may be
    # lost to the OCR), `Lastschrift am`.
    r"pr[ée]l[èe]?v",
    r"lastschrift",
    r"abbuchung",
    r"direct\s*debit",
    r"\beligible\b",
    r"order",
    r"expir",
    r"\bexp\b",
    r"valid",
    # A voucher's or offer's term: `valable jusqu'au`, `gültig bis`, `redeem by`.
    r"valable",
    r"jusqu",
    r"v[áa]lid[oa]",
    r"g[üu]ltig",
    r"redeem",
    # A promotion's or a rule's term: `ends 31/07/2019`, `before 31/08/2019`, `valid
    # until`, `GST 0% effective 1 June 2018`.
    r"\bends?\b",
    r"\bbefore\b",
    r"\buntil\b",
    r"\btill\b",
    r"\beffective\b",
    # A clinic's next appointment; a Malaysian identity card's number, its holder's
    # birth date first (`IC No: 910703-02-6569`).
    r"appointment",
    r"next\s*visit",
    # A subscription's next charge, bill or renewal (`Next Charge Date`, `Renews on`).
    r"\bnext\s*(?:charge|billing|bill|payment|invoice|renewal|reading)",
    r"\brenew",
    # A refund made since, told on the invoice (`Refund of $32.54 issued December 9`); a
    # refund's own receipt or note dates itself.
    r"\brefund(?:ed)?\b(?!\s*(?:receipt|note|date|no\b))",
    r"temujanji",
    r"rendez-vous",
    r"\b(?:ic|nric)\s*no\b",
    r"mykad",
    # When a laundry's or a workshop's job is ready or collected.
    r"\bready\b",
    r"collect",
    r"pick\s*-?\s*up",
    r"use\s*by",
    r"best\s*before",
    r"deliver",
    r"ship",
    r"print",
    r"period",
    # The same in French, Italian, Spanish: a billing period (`Période : 01/04/2024 –
    # 30/04/2024`); a deadline to pay (`Date limite de paiement`); a repair order
    # (`Ordre de réparation n° 58231 du 11/06/2024`).
    r"p[ée]riode",
    r"\bperiodo\b",
    r"\blimite\b",
    r"ordre\s*de\s*r[ée]paration",
    r"birth",
    r"closed?",
    r"vervaldatum",
    r"到期",
    r"liefer",
    r"leistung",
    r"f[äa]llig",
    r"zahlbar",
    r"\bbis\b",
    r"[ée]ch[ée]ance",
    r"livraison",
    r"exp[ée]dition",
    r"version",
    r"stylesheet",
    r"gedruckt",
    # When a viewer opened the e-invoice's file (`geöffnet am 24.10.2024`).
    r"ge[öo]\s?ffnet",
    r"\bopened\b",
    r"\bstand\b",
    r"zeitraum",
    r"bestell",
    r"auftrag",
    r"angebot",
    r"commande",
    r"pedido",
    r"ordine",
    ORIGINAL_SALE,
    r"return",
    r"\bthru\b",
    r"\buntil\b",
    r"behandl",
    r"\bcomplet",
    r"treatment",
    r"service\s*date",
    r"date\s*of\s*service",
    r"\btermin(?:e|datum)?\b",
    r"veranstaltung",
    # Another document the invoice refers to: a quote (`Devis n° D2026-0041 du 12/01/2026`),
    # a delivery note (`Albarán ALB-8812 (12/03/2026)`), a contract.
    r"\bquot(?:e|ation)\b",
    r"\bestimate\b",
    r"\bdevis\b",
    r"\bofferte?\b",
    r"\bofferta\b",
    r"preventivo",
    r"presupuesto",
    r"albar[áa]n",
    r"\bddt\b",
    r"pakbon",
    r"delivery\s*note",
    # A delivery note (`bon de livraison`) or a bill of lading by its initials: `BL n°
    # 24-11990 du 24/09/2024`, `B/L No. 4471`.
    r"\bb/?l\b(?=\s*(?:n[°ºo]|nr|#|\d))",
    r"\bcontra(?:ct|t|to)\b",
    r"vertrag",
    # A French contract: `Situation n° 3 – marché de sous-traitance du 04/02/2026`.
    r"\bmarch[ée]\s+(?:de\b|d['’]|n[°º]|public|priv)",
    # A shipment's papers: the letter of credit it is drawn under (`L/C Date`, `Drawn
    # under Documentary Credit No. … dated`), the bill of lading, the sailing.
    r"\bl\s*/\s*c\b",
    r"letter\s*of\s*credit",
    r"documentary\s*credit",
    r"\bb\s*/\s*l\b",
    r"bill\s*of\s*lading",
    r"\bawb\b",
    r"sailing",
    r"\bet[ad]\b",
    r"\bp\.?\s*o\.?\s*date",
    # Due, sale and delivery dates in Spanish, Italian, Danish, Swedish, Polish, Dutch.
    r"vencimiento",
    r"scadenza",
    r"forfald",
    r"f[öo]rfallo",
    r"sprzeda",
    r"levering",
    r"leverdatum",
    # Due, supply and delivery dates in Czech, Hungarian, Finnish, Swedish, Norwegian,
    # Portuguese, Dutch, Polish and Italian.
    r"splatnost",
    r"uskute[čc]n",
    r"\bduzp\b",
    r"hat[áa]rid[őo]",
    r"teljes[íi]t[ée]s",
    r"er[äa]p[äa]iv",
    r"toimitus",
    r"leverans",
    r"forfall",
    r"vencimento",
    r"verval",
    r"termin\s*p[łl]atno",
    r"dostaw",
    r"wykonania",
    r"consegna",
    # What a hotel or venue bills for: the event, the arrival.
    r"\bevent\b",
    # A caterer's `FUNCTION DATE`.
    r"\bfunction\s*date",
    # A builder's valuation of the work, which the application for payment follows.
    r"\bvaluation\s*date",
    r"\barrival\b",
    # A hospital stay's admission and discharge, which its statement of account follows.
    r"\badmi(?:ssion|tted)\b",
    r"\bdischarge[ds]?\b",
    r"arriv[ée]e",
    r"\banreise\b",
    r"llegada",
    r"check[\s-]*in",
    # A car park's entry, which the paid ticket's date follows.
    r"\bentry\b",
    r"\bentr[ée]e\b",
    r"einfahrt",
    # Another invoice: `avoir sur facture FA260311 du 02/03/2026`, a credit note's
    # `Facture d'origine`, `Preceding invoice issue date`.
    r"sur\s+(?:la\s+)?facture",
    r"\borigine\b",
    r"\bpreceding\b",
    r"urspr[üu]nglich",
    # When a viewer or validator made its page of the invoice, not when it was issued:
    # `Ansicht erzeugt: 2024-04-02`, `Prüfdatum`, `Report generated`.
    r"erzeugt",
    r"\bgenerated\b",
    r"g[ée]n[ée]r[ée]e?",
    r"pr[üu]f(?:datum|bericht|ung)",
    r"(?:zur|auf\s+die)\s+rechnung",
    r"(?:against|to)\s+invoice",
    # A receipt for the payment of an invoice: `Being payment for Invoice No. … dated …`.
    r"\b(?:for|of)\s+(?:\w+\s+)?invoice\s*(?:no\b|n[°º]|#|number)",
)
NUMBER_LABELS: tuple[tuple[re.Pattern[str], int], ...] = (
    (
        _words(
            # The OCR reads a dot-matrix `v` as `y` (`Inyoice No`, `Iny No`).
            # Its `e` read with a mark by a photocopy's specks (`Invoicę #`).
            r"(?:tax\s*)?in[vy][o0][il1]c[eęéèë]\s*(?:no\b|n[°º]|number|num\b|nr\b|#|id\b)",
            # Malaysia's MyInvois: `e-Invoice Code/Number`.
            r"\be-?\s*invoice\s*code\s*(?:/\s*(?:number|no\b))?",
            r"\bin[vy]\.?\s*-?\s*(?:no|#)",
            r"factuur\s*-?\s*(?:nummer|nr|no\b|n[°º])",
            # Its `e` read with a mark by a scan's specks (`Rèchnung Nr.`).
            r"r[eéèë]chnungs?\s*-?\s*(?:nr|nummer|no\b)",
            # A French insurer's premium notice: `N° d'avis`; a call for funds' `Avis n°`.
            r"n[°º]\s*d['’]\s*avis\b",
            r"\bavis\s*n[°º]",
            # An Austrian insurer's premium invoice: `Vorschreibung Nr.`.
            r"vorschreibungs?\s*-?\s*(?:nr|nummer)",
            # A professional's fee note: `N° de note`, `Note d'honoraires n°`; a
            # doctor's private bill: `Liquidation Nr.`.
            r"n[°º]\s*de\s*note\b",
            r"\bnote\s*(?:d['’]\s*honoraires\s*)?n[°º]",
            r"\bliquidation\s*-?\s*(?:nr|nummer|no)\b",
            # A public body's fee notice: `Bescheid-Nr.`, `Gebührenbescheid Nr.`.
            r"bescheid(?:s)?\s*-?\s*(?:nr|nummer)\b",
            r"(?<![\w-])(?:\w+)?rechnung\w*(?:\s+de[rs]\s+\w+)?(?:\s*\(\d+\))?\s*nr\b",
            r"\b(?:re|rg|rechn)\.?\s*-\s*nr\b",
            r"\w+\s*\(\d{3}\)\s*(?:nr|no|n[°º])\b",
            # Not a word's end (`Solférino Facture`); the OCR may read `°` as `"`.
            # Or its mark a point alone (`N. FACTURE : F 24 09876`).
            r"\bn(?:[°ºo\"]\.?|\.)\s*(?:de\s*)?(?:la\s*)?facture",
            r"num[ée]ro\s*(?:de\s*)?(?:la\s*)?facture",
            r"r[ée]f(?:[ée]rence)?\.?\s*(?:de\s*)?(?:la\s*)?facture",
            r"facture(?:\s+d['’]\s*(?:acompte|avoir))?\s*(?:n[°º]|no\b|n\.|num[ée]ro|#)",
            r"factura\s*(?:n[°º]|no?\b\.?|n[úu]m(?:ero)?\b\.?)",
            # `Factura: FAC-2024-0411` opening its cell; a ticket's `Factura simplificada:
            # 0023-015-487201`, `Fra. Simplificada FS 2024/8841`.
            r"(?:^|(?<=\u2003))\W*(?:factura|fattura|fra\.)(?:\s*simplificada)?\s*:"
            r"(?=\s*[A-Z]{0,4}[-\s]?\d)",
            r"\bfra\.\s*simplificada\b(?=\s*[A-Z]{0,4}[-\s]?\d)",
            # A Dutch café's bill: `Rekening 1043` (not an account's IBAN).
            r"(?:^|(?<=\u2003))\W*rekening\s*(?:nr\b\.?|#)?\s*:?(?=\s*\d{2,}\b)",
            r"\bn[°ºo]\.?\s*(?:de\s*)?factura",
            r"n[úu]mero\s*(?:de\s*)?factura",
            r"fattura\s*(?:n[°º]|n\b\.?|nr\b\.?|num(?:ero)?\b\.?)",
            r"(?:ricevuta|recibo|honorarnote|honorarrechnung|note\s*d'honoraires|nota)"
            r"\s*(?:n\.?\s?[°º]|n\b\.?|nr\b\.?|no\b\.?|num(?:ero)?\b\.?)",
            # Catalan `Núm. factura`, `Rebut núm.`; Italian `Numero fattura`, `N. fattura`,
            # a bill's `Bolletta n. 2025/…` and a payment notice's `Avviso n. TARI/…`;
            # Portugal's tax office `N.º da nota de cobrança`.
            r"\bn[úu]m\.?\s*(?:de\s*)?factura",
            r"\brebut\s*n[úu]m\b\.?",
            r"numero\s*(?:della\s*|di\s*)?fattura",
            # FatturaPA's rendering: `Numero documento: FV2025/0718`.
            r"\bnumero\s*(?:del\s*)?documento\b",
            r"(?<!\w)n\.?\s*fattura",
            r"\bbolletta\s*(?:n\b\.?|nr\b\.?|n[°º]|numero)(?=\s*[A-Z]{0,4}[\s/-]?\d)",
            r"\bavviso\s*(?:di\s*pagamento\s*)?(?:n\b\.?|nr\b\.?|n[°º]|numero)"
            r"(?=\s*[A-Z]{0,6}[\s/-]?\d)",
            r"\bn\.?\s?[°º]?\s*da\s*nota\s*de\s*cobran[çc]a",
            r"no\.?\s*invois",
            # A French restaurant's bill: `NOTE N° 26-11-2174`.
            r"(?:^|(?<=\u2003))\W*note\s*(?:n[°º]|no\b|n\.)\.?",
            # Or its number alone after it, opening the line (`Note 5512 | Table 21`).
            r"(?:^|(?<=\u2003))\W*note\s+(?=\d{3,}\b)",
            # A French till's ticket (`TK 3318 | CS 02`), a cell of its own.
            # Not a number's own prefix (`Receipt No: | TK171124-0012`).
            r"(?:^|(?<=\u2003))\W*tk(?:\s*:\s*|\s+)(?=\d{3,}\b)",
            # A French restaurant's `ADDITION N° 000923`; a statement of account's `SOA No.`.
            r"\baddition\s*(?:n[°º]|no\b|#)\.?",
            # An Italian restaurant's bill: `Conto N. 10294`.
            r"\bconto\s*(?:n[°º.]|nr\b|no\b)\.?(?=\s*\d)",
            r"\bsoa\s*(?:no\b|#|number)\.?",
            r"(?:da[ňn]ov[ýy]\s*doklad|faktura(?:\s*vat)?)\s*(?:č\.|c\.|nr\.?|no\.?)",
            r"[čc][íi]slo\s*faktury",
            r"faktura\s*-?\s*(?:nr|nummer)\b\.?",
            r"laskun\s*(?:numero|nro)",
            r"\bnr\.?\s*faktury\b",
            r"faktura\s*-?\s*nr\.?",
            # Estonian `ARVE nr 2024-0142`, Latvian `RĒĶINS Nr.`, Lithuanian `Sąskaita
            # faktūra Nr.`, Croatian `Račun br.`.
            r"\b(?:arve|r[ēe][ķk]ins|s[ąa]skaita(?:\s*fakt[ūu]ra)?|ra[čc]un)\s*(?:nr|no|br)\b\.?",
            # Poland's correcting invoice, a credit note: `Faktura korygująca nr FK 3/11/2026`.
            r"faktura\s*korygując[aey]\s*(?:nr|no)\b\.?",
            r"fakturanr\b\.?",
            r"fakturanummer",
            # A credit memo's own: `CREDIT NO CM-10382`, `Credit Note # 5521`; not a bank's
            # letter of credit (`Documentary Credit No.`, `Letter of Credit No.`).
            r"(?<!documentary\s)(?<!of\s)\bcredit\s*(?:note\s*|memo\s*)?(?:no\b|n[°º]|#|number)\.?",
            # Icelandic `Reikningsnúmer`, `Reikningur nr.`; not a bank account's
            # (`Bankareikningur`).
            r"(?<!\w)reiknings\s*-?\s*(?:n[úu]mer|nr\b\.?)",
            r"(?<!\w)reikningur\s*(?:nr\b\.?|no\b\.?)",
            r"numer\s*faktury",
            r"(?:sz[áa]mla\s*)?sorsz[áa]ma?\b",
            r"[čc][íi]slo\s*dokladu",
            r"\bfatura\s*(?:n\.?\s*[ºo°]|nr\b|n[úu]mero)",
            r"(?:invoice|folio)\s*/\s*(?:folio|invoice)\s*(?:no\b|n[°º]|number|#)",
            # A pro-forma invoice's own number: `Pro forma no.`, `N° pro forma`.
            r"pro\s*-?\s*forma\s*(?:invoice\s*)?(?:no\b|n[°º]|number|nr\b|#)",
            r"n[°º]\s*(?:de\s*)?pro\s*-?\s*forma",
            # An exporter's proforma or commercial invoice: `PI No.: LMX-PI-250612-03`.
            r"(?-i:\b[PC]\.?I\.?)\s*(?:no\b|#|nr\b|number)",
            r"invois\s*no",
            r"[发發][票]\s*[号號][码碼]",
            # A credit note's own number, over the invoice's it corrects.
            r"credit\s*note\s*(?:no|number|#)",
            r"gutschrifts?\s*-?\s*(?:nr|nummer)",
            # A correcting invoice's `Korrektur-Nr.`, a cancellation's `Storno-Nr.`.
            r"(?<![\w-])(?:korrektur|storno)\s*-?\s*(?:nr|nummer)\b",
            r"avoir\s*n[°ºo]",
            r"n[°º]\.?\s*(?:d['’]\s*|de\s*l['’]\s*)?avoir\b",
            r"note\s*de\s*cr[ée]dit\s*n[°ºo]",
            r"n[°º]\.?\s*(?:de\s*(?:la\s*)?)?note\s*de\s*cr[ée]dit\b",
            # Dutch `Creditnota nr.`, the Nordic `Kreditnotanummer`.
            r"[ck]reditnota\s*-?\s*(?:nr|nummer)",
            r"nota\s*de\s*cr[ée]dito\s*n",
            # A Thai till's abbreviated tax invoice: `TAX INV (ABB): GC25428222`.
            r"\btax\s*inv(?:oice)?\.?\s*\(\s*abb\.?\s*\)\s*(?:no\b\.?)?",
            # Japan's invoice number: `請求書番号`, `請求No.`.
            r"請求書?\s*(?:番号|No\b\.?)",
        ),
        3,
    ),
    (
        _words(
            r"receipt[\s-]*(?:no|number|#)",
            r"\brcpt\s*(?:no\b|#|:)",
            # The abbreviation alone before its digits, one of a till's fields
            # (`Str 031  Reg 3  Opr 117  Rcpt 2291`).
            r"\brcpt\.?(?=\s*\d)",
            # A Japanese receipt's, slip's or till transaction's: `領収書No.`, `伝票番号`,
            # `取引No.`, `レシートNo.`, `精算番号`.
            r"(?:領収[書証]|伝票|取引|レシート|精算)\s*(?:番号|No\b\.?)",
            # A shop's till slip in France or Spain (`Ticket N° 0042`), or the ticket a car
            # park's receipt is paid for: the receipt's own number comes first.
            r"\bticket\s*(?:no\b|number|#)",
            # A Malaysian bus or ferry ticket's `No. Tiket`, a taxi's `Coupon No`.
            r"\bno\.?\s*tiket\b|\btiket\s*(?:no\b|#)",
            r"\bcoupon\s*(?:no\b|number|#)",
            r"kvitto\s*(?:nr|nummer|#)",
            r"n[°ºo]\.?\s*(?:de\s*)?(?:recibo|ricevuta|re[çc]u|ticket|billet)\b",
            r"\bid\s*(?:ricevuta|recibo|receipt)\b",
            r"\b(?:receipt|ricevuta|recibo)\s*id\b",
            r"^\W*check\s*(?:#|no\b\.?)\s*:?\s*(?=[A-Z]{0,4}(?:-[A-Z]{1,3})*-?\d)",
            # A till's transaction number: `TRANS# 552870`, `TRAN# 4821`, `TRANS: 4821`,
            # `Trans. No : 0026-…`, Dutch `Transactienr.`.
            r"\b(?:trans?|trx|txn)\.?\s*(?:#|no\b\.?|nr\b\.?)\s*:?(?=\s*\d)",
            # Québec's `Trans. : 004512` and `Reçu : 0318-22745`.
            r"\btrans?\.\s*:?\s*(?=\d)",
            # Or with its mark (`Reçu no 000318`), or alone before a number in dated parts
            # (`Reçu 071124-0288`); a sale's (`Vente n° V-241214-031`); a ticket's cut short
            # (`Tick: 001236`).
            r"\bre[çc]u\s*(?:(?:n[°º]|no\b\.?|#)\s*:?|:|(?=\d{4,}[-/]\d))\s*(?=[A-Z]{0,4}-?\d)",
            r"\bvente\s*(?:n[°º]|no\b)\.?",
            # A Polish fiscal receipt's printout number (`nr wydr. 183322`); a till's
            # terminal and receipt (`POS 01-238816`).
            r"\bnr\s*wydr\.?\s*:?",
            r"(?:^|(?<=\u2003))\W*pos\s+(?=\d{1,3}-\d{4,}\b)",
            r"\btick\.?\s*:(?=\s*\d)",
            # A supermarket's `Str:0031 Reg:05 Trn:0031-05-118273`, `REC# 004-118732`; a
            # till line's `ST# 01893 OP# 009021 TE# 21 TR# 04817`, `STORE 0872 POS 02 TRAN
            # 5581 OP 17`, `STR 12 LN 06 TRN 40772`.
            # Not the Gulf's tax registration number (`TRN: 100271946300003`).
            r"\b(?:trn|rec|tr)\s*[#:]\s*(?=\d)(?!\d{15}\b)",
            r"(?<=\s)(?:trans?|trn)\s+(?=\d{3,}\b)",
            # A bar's tab: `Tab: 2291`.
            r"\btab\s*(?:#|no\b\.?|:)\s*(?=\d)",
            # A Quebec till's `Facture: 004512`.
            r"(?:^|(?<=\u2003))\W*facture\s*:(?=\s*[A-Z]{0,4}-?\d)",
            r"(?:^|(?<=\u2003))\W*(?:trans?|txn)\s*:?(?=\s*\d)",
            # `Tx:00217-0045-8890` opening its cell, with its colon.
            r"(?:^|(?<=\u2003))\W*tx\s*[:#](?=\s*\d)",
            # Or `TRN` opening the line, run into a number in dashed parts (`TRN7210-02-0041188`),
            # no tax registration's fifteen digits.
            r"(?:^|(?<=\u2003))\W*trn\s*(?=\d{1,6}[-/]\d)",
            # A taxi's or ride's receipt: `Trip # 8841`, `Trip No 20718`, `Trip ID BMC-7734`.
            r"\btrip\s*(?:#|no\b\.?|id\b)",
            # A receipt's number cut short, opening its cell (`Rec No: 17/2234`; not a tax
            # registration's `GST ReC No` misread).
            r"(?:^|(?<=\u2003))\W*rec\.?\s*no\b\.?",
            # A till's own word for the sale before its number: a restaurant's `Chk 1187`,
            # `Check 4410`, `Bill 30291`; a shop's `Receipt 0045621`, Australia's `Docket
            # 77815`; Spain's `N.º: T014-0058823` (the point before the ordinal's mark).
            # Or with its till's letters first (`Receipt BT-1-028816`).
            # A pump's slip: `PUMP# 07 | INVOICE 0098213`, the word opening its cell.
            r"(?:^|(?<=\u2003))\W*invoice\s*:?(?=\s*\d{5,}\b)",
            r"\b(?:chk|check|bill|receipt|docket)\s*#?\s*:?"
            r"(?=\s*(?:[A-Z]{1,3}-(?:\d{1,3}-)?)?(?:\d{2,}-)?\d{3,}\b)",
            # A small restaurant's check of two digits, opening its line (`Check 52 |
            # 12/20/2024 9:47 PM`).
            r"(?:^|(?<=\u2003))\W*(?:chk|check)\s*#?\s*:?(?=\s*\d{2}\b)",
            r"\bn\.\s*[°ºo]\s*:?(?=\s*[A-Z]{0,4}-?\d)",
            r"transactie\s*-?\s*(?:nr|nummer)\b\.?",
            r"kvitt\.?\s*nr",
            r"\bkuitti\b\s*(?:nro|no)?",
            r"[úu][čc]tenka\s*(?:č\.|c\.|nr)",
            r"nyugtasz[áa]m",
            r"^\W*(?:ticket|receipt)\s*:",
            r"\bticket\s*n[°ºo](?![a-z])\.?",
            r"tax\s*invoice\s*no",
            r"^\W*(?:fatura|factura)\s*simplificada\s+(?=[A-Z]{1,3}\s?[A-Z0-9-]*\d)",
            # A Portuguese document's code, its type, series and number (`Documento: FR
            # 2023/57`, `FT A/1187`).
            r"^\W*documento\s*(?:n\.?\s*[º°o]\.?)?\s*:?(?=\s*(?:FT|FR|FS|NC|ND)\s?[\w-]*/\d)",
            r"\bbi[l1i]{2}\s*(?:no|number|#)",
            # South-East Asia: a Philippine sales invoice, a Thai till's receipt, an
            # Indonesian struk, a Vietnamese hóa đơn, a Malaysian resit.
            r"\bSI\s*(?:#|no\b)",
            r"(?<![\w#])R\s*#\s*(?=\d)",
            r"\bno\.?\s*struk\b",
            # A Malaysian or Indonesian till's `Resit No:`, `No. Resit:`, `No. Nota :`,
            # `Cash Sale(s) No:` (`CS No:`, `C/S No.`), `No. Transaksi:`, a restaurant's
            # `Bil:` or `Bill:`.
            r"\bresit\s*(?:no\b|#)",
            # `Resit:55870` opening the line, and a till's `Tax Inv PK017-1803-00921`.
            r"^\W*resit\s*:",
            r"\btax\s*inv\b\.?\s*:?(?=\s*[A-Z]{0,5}[-/]?\d)",
            r"\bno[.,]?\s*(?:resit|nota|trans(?:aksi)?|trx|invois|bil+)\b",
            r"\b(?:cash\s*(?:sales?|bill)|c\s*/?\s*s)\s*(?:no\b|#)",
            r"^\W*cash\s*(?:sales?|bill)\s*:(?=\s*[A-Z]{0,4}[\s-]?\d)",
            r"^\W*bil+\s*:",
            # A bare `No:` opening the line, the reference alone in its cell after it
            # (`No: CB 38871 | Date: 18/07/2016`, `No: Nota: 2111-0088`); an address's
            # `No. 41, Jalan …` goes on after its number.
            r"(?:^|(?<=\u2003))\W*no\s*[.:]\s*:?\s*(?:nota\s*:\s*)?"
            r"(?=(?:[A-Z]{1,4}-){0,2}[A-Z]{0,4}[\s-]?\d[\dA-Z/-]{2,}\s*(?:\u2003|$))",
            # Vietnamese `Số HĐ`, its vowel as OCR reads it or drops it (`S HD`, `S6 HD`);
            # a voucher's `Số CT:` (số chứng từ); `Số:` alone.
            r"\bs[oôốóő60]?\W{0,2}\s*h[dđ]\b",
            r"\bs[oôốóő60]?\W{0,2}\s*ct\s*:",
            r"^\W*s[ôốóőồ]\s*:\s*(?=[A-Z]{0,4}-?\d)",
            r"(?:^|(?<=[\u3400-\u9fff]))\W*(?:resit\s*/\s*)?receipt\s*:",
            # `Invoice: INV 7734091`, a number after the bare word and its colon.
            r"(?:^|(?<=\u2003))\W*invoice\s*:(?=\s*[A-Z]{0,4}[\s/-]?\d)",
            # A Philippine official receipt's `OR No.`, an acknowledgement receipt's `AR No.`;
            # a till's `SLIP 3392-018-0042`.
            r"(?-i:\b[O0A]\.?R\.?\s*(?:NO|No|#))\.?\s*:?",
            # `SLIP: SRB2T0100072331`; not a packing or deposit slip's.
            r"(?<!packing\s)(?<!deposit\s)(?<!delivery\s)(?<!pay-in\s)\bslip\s*[\s:#]\s*"
            r"(?=[A-Z]{0,6}\d)",
            r"bil+\s*#",
            r"(?:cash\s*)?inv\s*no",
            r"document\s*(?:no|number|#)",
            # An access point's viewer: `Document ID | CN-00391`, a cell of its own.
            r"(?:^|(?<=\u2003))\W*document\s*id\W*(?=\u2003)",
            r"doc\s*(?:no|#)",
            r"slip\s*no",
            r"c/n\s*no",
            r"(?<![\w-])beleg\s*-?\s*(?:nr|nummer)",
            # A till's `Beleg 052281`, `Bel.Nr 31187`, and `Beleg-Nr.` with its `r.` lost
            # to the OCR on thermal print (`Beleg-N 0418`).
            r"(?<![\w-])beleg\s+(?=\d{3,}\b)",
            r"(?<![\w-])bel\.?\s*-?\s*nr\b",
            r"(?<![\w-])beleg\s*-\s*n\s*:?(?=\s*\d)",
            r"(?<![\w-])dokument\s*-?\s*(?:nr|nummer)",
            # A receipt's own number: `Quittung-Nr.`, `Kwitantienr.`, `Rcpt#000312`,
            # `TICKET N. 000781`, a rental's `Agreement # 7712409381`.
            r"quittung[s]?\s*-?\s*(?:nr|nummer|no)\b",
            r"kwitantie\s*-?\s*(?:nr|nummer)\b",
            r"\brcpt\s*(?:no\b|#|number)",
            # `Rcpt 000453`, `Receipt CB2019051300088`, `Receipt | BK/24/0213-27` opening a
            # line: the number alone after it.
            # Malay `Resit | DW-201014-055`, a food hall's `Receipt FH-JP-07-240315-0412`; a
            # till's `TXN 1293`, `RCPT 5520-33` with the date or register in the next column.
            r"^\W*(?:rcpt|receipt|resit|txn)\s+(?=[A-Z]{0,4}\d{4,}\s*(?:$|\u2003)"
            r"|(?:[A-Z]{1,4}-){0,2}[A-Z]{0,4}[-/]?\d+[-/]\d[\dA-Z/-]*\s*(?:$|\u2003))",
            r"\bticket\s*n\.(?=\s*\d)",
            r"\bagreement\s*(?:no\b|#|number|nr\b)",
            # A US garage's repair order, its invoice: `RO # 20871`, `Repair Order | RO-33092`.
            r"(?-i:\bRO)\s*(?:#|no\b\.?|number)",
            r"\brepair\s*order\s*(?:#|no\b\.?|number)?(?=\s*[\u2003:]*\s*(?:RO)?[-\s]?\d)",
            # A title with its number: `Facture FAC/2026/00087`, `Gutschrift RGS/2026/00031`.
            # Also as a footer's statement: `Kerbrat SASU · Facture F-2026-0087 du 04/03/2026`,
            # or after a claim's title and a dash: `PAYMENT CLAIM No. 3 – TAX INVOICE 1043`.
            # Not `№` read as a capital N (`RECHNUNG N 22-10573`): the number follows it.
            # Poland's `Faktura VAT FV/0457/11/2026`: the kind is the title's.
            rf"(?:^|(?<=[·•|–—] ))\s*{DOCUMENT_TITLE}(?:\s+VAT)?\s+(?!N\s)"
            r"(?=(?:[A-Z]{1,3}\s)?[A-Z-]*[/._]?\d)",
            # The same beside a name or a logo's word (`NUAGIX | Facture FR58211946`), or
            # the headings of the parties' blocks (`BILL TO | SHIP TO | INVOICE | 2087`).
            rf"^(?:[^\W\d_][^\d\u2003]{{0,39}}\u2003\s*){{1,2}}{DOCUMENT_TITLE}(?:\s+VAT)?\s+"
            r"(?=(?:[A-Z]{1,3}\s)?[A-Z-]*[/._]?\d)",
            r"n[°º]\s*(?:de\s*)?pi[èe]ce\b",
            # A number under the title, on a line or in a cell of its own: `No. 000517`,
            # `Numero | 412/2026`, Colombia's `No. FPM 12457`, Portugal's `N.º FR A2024/157`.
            r"^\W*n\.?[o°º]\.?\s*(?=[A-Z]{0,4}[\s-]?(?:\d{4,}|[A-Z]{0,2}\d{4}/\d+)\s*$)",
            # The same at the end of a line whose other cell is the sender's (`Calepin SAS
            # | N° F-2026-00312`, `Bengaluru 560038 | # INV-000418`): a reference with a
            # letter prefix or a separator, so a store's `#1823` or a phone is none.
            # Not a Singapore unit's number ending its address (`Blk 123 Ang Mo Kio Ave 3
            # #01-1234`, a mall's basement `#B1-22`): floor and unit.
            # Nor a card terminal's (`TERM # | P4721093`).
            r"(?:^|(?<=\s))(?:n[°º]|(?<!term\s)(?<!terminal\s)(?<!tid\s)(?<!mid\s)(?<!seq\s)"
            r"(?<!batch\s)#(?![BL]?\d{1,3}-\d{1,5}\s*$))\s*:?\s*"
            r"(?=[A-Z]{1,4}-?\d{3,}[\dA-Z/-]*\s*$|[A-Z]{0,4}[-/]?\d+[-/]\d[\dA-Z/-]*\s*$)",
            # An info block's `Invoice` with the reference in the next cell, ending the line.
            r"(?:^|(?<=\s))(?:tax\s*)?invoice\s+(?=(?:[A-Z]{1,4}-?\d{3,}[\dA-Z/-]*"
            r"|[A-Z]{0,4}[-/]?\d+[-/]\d[\dA-Z/-]*)\s*$)",
            # A hotel's folio, where its invoice is not numbered otherwise (a folio number
            # beside an invoice number is the stay's); a Mexican ticket's `Folio:`.
            r"\bfolio\s*(?:no\b|n[°º]|number|#)",
            r"(?:^|(?<=\u2003))\W*folio\s*:",
            # Brazil's CF-e SAT `Extrato No. 012347`; Chile's and Peru's `BOLETA ELECTRONICA
            # N° 1029384`; a Spanish-speaking till's `Nro. 0004-00210455` opening its cell.
            r"\bextrato\s*(?:n[º°o]|nr)\.?\s*:?",
            r"\bboleta\s*(?:de\s*venta\s*)?(?:electr[óo]nica\s*)?(?:n[°º]|nro|no)\.?\s*:?",
            r"(?:^|(?<=\u2003))\W*nro\.?\s*:?(?=\s*\d)",
            # A Latin American till's `TICKET 120934`, Brazil's `NFC-e nº 000048213`,
            # Argentina's `Comp. Nro: 00012873` and a fiscal printer's `Nro. T.: 00045678`.
            r"\bticket\s*:?\s*(?=\d{4,}\b|\d{1,4}/\d{3,}\b)",
            # Poland's `Paragon nr 00412`, `Paragon fiskalny nr 00412`.
            r"\bparagon\s*(?:fiskalny\s*)?nr\b\.?\s*:?",
            # A title with `№` read as a capital N (`RECHNUNG N 22-10573`).
            rf"^\W*{DOCUMENT_TITLE}\s+n\s+(?=\d)",
            # `Invoice: RC-DMM-0092-114208`, `Inv: QSC-0012947` opening a line.
            r"^\W*(?:tax\s*)?inv(?:oice)?\.?\s*:",
            # `Inv 3022-771450 | 08/08/2019`: the number alone in its cell.
            r"^\W*inv\.?\s+(?=[A-Z]{0,4}-?\d[\d/-]{3,}\s*(?:\u2003|$))",
            r"\bnfc-?e\s*n[º°o]\.?",
            r"\bcomp(?:robante)?\.?\s*n(?:ro|[º°])\.?\s*:?",
            r"\bnro\.?\s*t\.\s*:",
            # A bare `#` opening the line in a cell of its own (`# | : OOPL/24-25/0117`).
            r"^\s*#(?=\u2003\W*[A-Z]{0,4}[-/]?\d)",
            # Opening a line or a cell a column apart (`print·signage | Number: | INV0009921`).
            r"(?:^|(?<=\u2003))\W*(?:number|numero|n[úu]mero|num[ée]ro|nummer)\b\.?\s*:?",
            # Not a voucher's for returned bottles (`Leergut-Bon Nr. 30981`).
            r"(?<![\w-])bon\s*-?\s*(?:nr|nummer|no)\b\.?",
            r"(?:^\W*|(?<=\s))bon\s*:?\s*(?=\d)",
            r"\bdocumento\s*(?:n[°º.]|nr\b|no\b)",
            # Czech: `č. 20240142`, `číslo 240318` by the title.
            r"(?:^|(?<=\s))(?:č\.|[čc][íi]slo)\s*:?\s*(?=\d)",
            r"[单單]\s*[号號]\s*(?:no\b\.?\s*:?)?",
            # A Belgian bill's label in both languages, opening its cell: `N° / Nr.`.
            r"(?:^|(?<=\u2003))\W*n[°º]\s*/\s*nr\b\.?\s*:?",
            # A Québec bill's in French and English: `No / No. :`.
            r"(?:^|(?<=\u2003))\W*no\b\.?\s*/\s*no\b\.?\s*:?",
            r"票据号",
            # A Chinese till's serial: `流水号`, `流水號`; a document's, a transaction's, a
            # receipt's number: `单据号`, `交易編號`, `收據編號`.
            r"流水\s*[号號]",
            r"[单單]\s*[据據]\s*[号號]",
            r"交易\s*[编編]\s*[号號]",
            r"收\s*[据據]\s*[编編]\s*[号號]",
            # Taiwan's unified invoice number alone on its line under the e-invoice
            # proof's title and period (`電子發票證明聯` / `110年11-12月` / `GF-71026458`).
            r"^(?=[A-Z]{2}-\d{8}\s*$)",
            # A Malaysian shop's `Bil No: 10233`.
            r"\bbil\s*no\b\.?\s*:?",
            # A practice's statement of account: `STATEMENT NO. 25-0409-3317`.
            r"\bstatement\s*(?:no\b|n[°º]|number|#)\.?",
            # A solicitor's `Fee Note No: 24817`.
            r"\bfee\s*note\s*(?:no\b|n[°º]|number|#)\.?",
            # Hungarian `Számlaszám`, `Számla sorszáma`; Croatian, Serbian and Bosnian `Broj
            # računa`; Slovenian `Številka računa`; Romanian `Nr. facturii`; Lithuanian
            # `Sąskaitos Nr.`; Latvian `Rēķina Nr.`; Estonian `Arve nr`; Bulgarian `Фактура №`.
            r"sz[áa]mla\s*-?\s*(?:sz[áa]m|sorsz[áa]m)",
            r"\bbroj\s*ra[čc]una",
            r"\bra[čc]un\s*(?:br\b|broj\b|[šs]t\b)\.?",
            r"[šs]tevilka\s*ra[čc]una",
            r"\bnr\.?\s*(?:al\s*)?factur(?:ii|ă|a)\b",
            r"s[ąa]skaitos\s*(?:fakt[ūu]ros\s*)?nr\b\.?",
            r"r[ēe][ķk]ina\s*nr\b\.?",
            r"\barve\s*(?:nr\b|number)\.?",
            r"фактура\s*(?:№|no\b|номер)",
            # A Thai tax invoice's `เลขที่ / No.:` (its order's is `เลขที่คำสั่งซื้อ / Order No.`).
            r"เลขที่\s*/\s*no\b\.?",
        ),
        2,
    ),
    (
        _words(
            r"\bref(?:erence)?\s*(?:no|#)?",
            r"\btrans(?:action)?\s*(?:no\b|#|id\b)|\btransaction\b|\btxn\s*(?:no\b|#|id\b)",
            r"order\s*(?:no|#|id)",
            # A web order's or booking's own reference, where no invoice number is printed.
            r"order\s*(?:number|nr\b)",
            # A café's `Order: KT-88213` opening its cell.
            r"(?:^|(?<=\u2003))\W*order\s*:(?=\s*[A-Z]{0,4}-?\d)",
            # A point-of-sale app's order code alone on its line (`Order MQ3YKV8ZT6`).
            r"^\W*order\s+(?=(?-i:[A-Z0-9]){8,12}\s*$)(?=[A-Z]*\d)",
            r"booking\s*(?:id\b|ref(?:erence)?\b|no\b|number|code)",
            r"(?:confirmation|reservation)\s*(?:no\b|number|code|#)",
            r"num[ée]ro\s*de\s*(?:billet|r[ée]servation|commande)",
            r"(?:boekings|buchungs|auftrags|reserverings|reservierungs)\s*-?\s*(?:nummer|nr\b|code)",
            r"numero\s*(?:di\s*)?prenotazione",
            # A ticket's booking code: an airline's `PNR`, Spain's `Localizador`.
            r"\bpnr\b",
            r"\blocalizador\b",
            # An Indonesian app's order: `ID Pesanan`, `No. pesanan`.
            r"(?:\bid|\bno\.?|\bnomor)\s*pesanan\b",
            # A service slip's job order (`JOB NO | SL-181106-042`), the laundry's or the
            # repairer's own number where the slip has no other.
            r"\bjob\s*(?:order\s*)?(?:no\b\.?|#|number)",
        ),
        1,
    ),
)
TAX_ID = _words(
    r"(?:gst|vat|sst|tax|btw|tva)\s*(?:id|reg|ref|no\b|number|#|n[°º])",
    r"\bco\.?\s*(?:no|reg)",
    r"\bu\.?st\.?\s*-?\s*id",
    r"\bmwst\s*[-.]?\s*(?:nr|nummer|no)\b",
    r"\bche\s*-?\s*\d{3}\.?\d{3}\.?\d{3}",
    r"steuer\s*-?\s*(?:nr|nummer)",
    r"税号",
    # Portugal's taxpayer (`Contribuinte N.º 504243993`, `NIF`), a certified program's or
    # accountant's number (`programa certificado n.º 1638/AT`).
    r"contribuinte\s*(?:n\.?\s*[°º])?",
    r"\bnif\b\s*(?:n\.?\s*[°º])?",
    r"certificad[oa]\s*n\.?\s*[°º]",
)
#: Labels of numbers that are not the invoice's own: a phone or fax number, a bank account.
OTHER_NUMBER_LABELS = _words(
    r"\btel\b", r"telefon", r"phone", r"\bfax\b", r"\bh/?p\b", r"mobile?\b", r"\biban\b"
)
#: What a bill shows and a till receipt does not: terms of payment, a due date, bank details.
PAYMENT_TERMS = _words(
    r"due\s*date",
    r"payment\s*terms",
    r"terms\s*of\s*payment",
    r"\bnet\s*\d+\s*days",
    r"f[äa]llig",
    r"zahlungsziel",
    r"zahlbar",
    r"zahlungsbedingung",
    r"bankverbindung",
    r"[ée]ch[ée]ance",
    r"conditions\s*de\s*(?:paiement|r[èe]glement)",
    r"vervaldatum",
    r"betalingstermijn",
    r"scadenza",
    r"modalit[àa]\s*di\s*pagamento",
    r"vencimiento",
    r"forma\s*de\s*pago",
    r"\biban\b",
    r"\bswift\b",
    r"\bbic\b",
    r"ohne\s*abzug",
    r"innerhalb\s*(?:von\s*)?\d+\s*tag",
    r"retard\s*de\s*pai?e?ment",
    r"indemnit[ée]\s*forfaitaire",
)
#: A bill's own name; with payment terms it tells a bill from a till receipt.
BILL_WORDS = _words(
    r"\b(?:invoice|rechnung|facture|factuur|factura|fattura|gutschrift|credit\s*note)\b"
)
NUMBER_VALUE = re.compile(
    # A hyphen between digits may be read as a middle dot (`0417·03-552019`); a series'
    # letter may carry an accent (`Ü-2024-056`).
    r"^[\s.:：#]*#?\s*([A-Z0-9À-ÖØ-Þ](?:[A-Z0-9À-ÖØ-Þ\-_/.]|(?<=\d)·(?=\d))*[A-Z0-9]"
    r"|[A-Z](?=\s+\d)"
    # A first invoice's one digit before its date (`FATTURA N. 7 del 05/02/2024`).
    r"|\d(?=\s+(?:del|du|vom|dated|of|van|de)\s+\d))",
    re.IGNORECASE,
)
#: A bill book's serial number printed beside the company's name, read into its box
#: (`WAH FONG ELECTRICAL & HARDWARE No. 041188`): the number, which the name ends before.
SERIAL_AFTER_NAME = re.compile(r"\s+n[o°º]\.?\s*:?\s*(\d{3,})\s*$", re.IGNORECASE)
#: Who a billing service invoices for: `Im Auftrag (und auf Rechnung) von`, `Leistender
#: Unternehmer`, `on behalf of`, `(au nom et) pour le compte de`.
ON_BEHALF_OF = (
    r"im\s*auftrag\s*(?:und\s*(?:auf|f[üu]r)\s*rechnung\s*)?(?:von|der|des)"
    r"|leistender\s*unternehmer|on\s*behalf\s*of|(?:au\s*nom\s*et\s*)?pour\s*le\s*compte\s*de"
)
#: `Sold by`, `Verkauft von`, `Vendu par`, `Verkocht door`, `Venduto da`, `Vendido por`.
SOLD_BY_WORDS = (
    r"sold\s*by|verkauft\s*(?:von|durch)|vendu\s*par|verkocht\s*door|venduto\s*da"
    r"|vendido\s*por"
)
#: The seller's heading in Slovak, Hungarian, the Baltic languages, Bulgarian, Croatian and
#: Slovenian (`Dodávateľ`, `Szállító`, `Pardavėjas`, `Piegādātājs`, `Müüja`, `Доставчик`,
#: `Izdavatelj`, `Dobavitelj`).
_EASTERN_SELLERS = (
    r"dod[áa]vate[lľ]|sz[áa]ll[íi]t[óo]|pardav[ėe]jas|tiek[ėe]jas|pieg[āa]d[āa]t[āa]js"
    r"|p[āa]rdev[ēe]js|m[üu][üu]ja|tarnija|доставчик|продавач|izdavatelj|izdajatelj"
    r"|dobavitelj|prodavatelj|prodava[čc]"
)
VENDOR_LABELS = _words(
    rf"(?<![\w-])(?:{SOLD_BY_WORDS}|seller|vendor|supplier|merchant|marchand|h[äa]ndler"
    rf"|{_EASTERN_SELLERS}"
    r"|issued\s*by|verk[äa]ufer"
    r"|lieferant"
    # Not a payment's (`Payment service provider: Nord-Ostsee Sparkasse`): the bank.
    r"|(?<!payment\s)service\s*provider|provided\s*by"
    r"|rechnungssteller|leistungserbringer|fournisseur|vendeur|[ée]metteur|leverancier|verkoper"
    r"|prestataire|penjual|pembekal|dodavatel|prod[áa]vaj[íi]c[íi]|sprzedawca|elad[óo]"
    r"|leverand[øo]r|leverant[öo]r|myyj[äa]"
    # The legal entity behind a brand or a platform's invoice (`Legal Entity Name: …`).
    r"|legal\s*(?:entity\s*)?name"
    # The supplier a billing service invoices for (`Im Auftrag und auf Rechnung von:`,
    # `Leistender Unternehmer`, `pour le compte de`).
    rf"|{ON_BEHALF_OF}"
    r"|销售方\s*(?:名\s*称)?|销方|收款单位)"
    r"\s*[:：]\s*(?P<name>.+)",
)
#: OCR confidence below which a header line is more likely a logo or noise than a name.
LEGIBLE = 0.8
CUSTOMER_LABELS = _words(
    r"bill(?:ed)?\s*to",
    r"ship(?:ped)?\s*to",
    r"sold\s*to",
    r"deliver\s*to",
    # Not a card slip's `CUSTOMER COPY`: whose copy it is, with the shop's name under it.
    r"customer(?!'?s?\W*copy)",
    r"\bbuyer",
    # A freight bill's other parties: the goods' sender and receiver, not the forwarder.
    r"^\s*(?:shipper|consignee|notify\s*party)\s*:?\s*$",
    r"invoiced?\s*to",
    # An Italian e-invoice's `Cessionario/committente (cliente)`, Romania's `Cumpărător`.
    r"cessionario\s*/?\s*committente",
    r"cump[ăa]r[ăa]tor",
    r"(?<!ver)(?<!ver\s)k[äa]ufer",
    r"(?:leistungs|rechnungs|waren)empf[äa]nger",
    r"(?:rechnungs|liefer|leistungs)(?:adresse|anschrift)",
    r"^\s*kunde\s*:?\s*$",
    r"\bclient[ea]?\b",
    r"(?:billing|shipping|delivery|invoice|service)\s*address",
    r"^\W*(?:spett\.?\s*le|spettabile)\b",
    r"acheteur",
    r"destinataire",
    r"destinatari[oa]",
    # The Portuguese salutation heading the addressee: `Exmo.(s) Sr.(s)`.
    r"\bexm[oa]s?\b",
    r"intestatari[oa]",
    r"\b(?:facturar|enviar|fatturare|spedire)\s*a\b",
    r"\bfaturad[oa]\s*a\b",
    # The buyer in Portuguese and Spanish (`Adquirente:`, `Comprador`), a Spanish-speaking
    # e-invoice's `Receptor` over the customer (its issuer the `Emisor`).
    r"\badquirente\b",
    r"\bcomprador(?:a|es)?\b",
    r"^\W*(?:datos\s*del\s*)?receptor\b",
    # The payer of a Nordic giro slip (`Betalt av`, `Maksaja Betalare`).
    r"^\W*(?:betalt\s*av|maksaja(?:n)?|(?:in)?betalare(?:ns)?)\b",
    r"\bfactuur\s*aan\b",
    r"(?:factur|livr)[ée]e?\s*[àa]",
    r"adresse\s*de\s*(?:facturation|livraison)",
    r"\bklant\b",
    r"afnemer",
    r"factuuradres",
    r"\bpembeli\b",
    r"odb[ěe]ratel",
    r"kupuj[íi]c[íi]",
    r"nabywca",
    r"\bvev[őo]\b",
    # The buyer or payer in Slovak, the Baltic languages, Bulgarian, Croatian and Slovenian.
    r"odberate[lľ]",
    r"pirk[ėe]jas",
    r"sa[ņn][ēe]m[ēe]js|pirc[ēe]js",
    r"^\W*(?:maksja|ostja)\b",
    r"получател|купувач",
    r"^\W*(?:kupac|kupec)\b",
    r"\bk[øo]ber\b",
    r"\basiakas\b",
    # An Indian bill's `Party` / `Party Details :` over the buyer; a letter's `To,` alone
    # over the addressee (not a payment advice's `To:`, its payee).
    r"^\W*party(?:\s*(?:details|name))?\s*:?\s*$",
    r"^\W*to\s*,\s*$",
    # Nordic billing and delivery addresses: `Laskutusosoite`, `Faktureringsadress`,
    # `Leveringsadresse`; the Swedish buyer.
    r"(?:laskutus|toimitus)osoite",
    r"(?:fakturerings|leverans)adress",
    r"(?:faktura|levering|leverings)adresse",
    r"\bk[öo]pare\b",
    # Iceland's customer and buyer.
    r"^\W*(?:vi[ðd]skiptavinur|kaupandi)\b",
    r"^\s*(?:to|recipient|empf[äa]nger)\s*[:：]\s*$",
    r"购买方",
    r"购方",
    # Japan's addressee of a bill (`ご請求先`, `請求先`).
    r"^\W*(?:ご|御)?請求先",
    r"客户",
)
#: Forms of a registered company (`Sdn Bhd`, `GmbH`, `Ltd`, `S.A.`).
_LEGAL_FORMS = (
    r"\bsdn\.?\s*bhd\b",
    r"\bs/b\b",
    r"\bbhd\b",
    r"\bltd\b",
    r"\blimited\b",
    r"\bllc\b",
    # The Gulf's: `L.L.C.`, Bahrain's and Qatar's `W.L.L.`, a free zone's `FZE`, `FZCO`, `FZ-LLC`.
    r"\bl\.\s?l\.\s?c\b",
    r"\bw\.\s?l\.\s?l\b",
    r"\bwll\b",
    r"\bfz(?:e|co|-llc)\b",
    r"\binc\b",
    # `Corp.`, `Corporation`; not `Corporate Park` in an address.
    r"\bcorp(?:oration|\b)",
    r"\bco\.",
    r"\bcompany\b",
    r"\bgmbh\b",
    # `Steuerberatungsgesellschaft mbH`: the form after a name ending in `-gesellschaft`.
    r"(?-i:\bmbH\b)",
    # A German partnership of professionals (`Dr. Haller + Partner mbB`, `PartG mbB`).
    r"(?-i:\bmbB\b)",
    r"\bpartg\b",
    r"\bb\.v\.",
    r"\bpte\b",
    r"\bag\b",
    # Not a weight (`Parmesan gerieben, 1 kg`, `1,56 EUR/kg`), nor a Malay village's
    # `Kg.` before its name (`Kg. Baru, 06000 Jitra`).
    r"(?<!\d\s)(?<![\d,/])\bkg\b(?!\.\s*[^\W\d_])",
    r"\bkgaa\b",
    # A German mini-GmbH, its limited liability said in brackets as the law requires.
    r"\bug\b(?:\s*\(haftungsbeschr[äa]nkt\))?",
    r"\ba\.\s?g\.",
    # `e.V.`, `e.K.`, `e.G.`; Austria's sole trader in the register, `e.U.`.
    r"\be\.\s?[vkgu]\.",
    # Not a Dutch payee's `t.n.v.` (ten name van).
    r"(?<![\w.])n\.v\.",
    r"\bplc\b",
    r"\bllp\b",
    r"\bpty\b",
    r"\bs[àa]rl\b",
    # Québec's `Ltée` (limitée) and `S.E.N.C.`; West Africa's one-member `SUARL`, `SARLU`.
    r"\blt[ée]e\b",
    r"\blimit[ée]e\b",
    r"\bs\.e\.n\.c\b\.?",
    # Québec's registered sole trader, `Enr.` (enregistrée), with its point.
    r"(?-i:\b(?:Enr|ENR)\.)",
    r"\b(?:suarl|sarlu)\b",
    r"\bsela(?:rl|s|fa)\b",
    r"\bsasu\b",
    r"\beurl\b",
    r"\beirl\b",
    r"\bsnc\b",
    # Italy's partnerships written with dots (`Greco & Bonanno S.n.c.`, `S.a.s.`).
    r"\bs\.\s?n\.\s?c\.|\bs\.\s?a\.\s?s\.",
    r"\bohg\b",
    r"\bgbr\b",
    r"\bbv\b",
    r"\bs\.a\.r\.l\.",
    # Luxembourg's `S.à r.l.`.
    r"\bs\.\s?[àa]\s?r\.\s?l\.",
    r"\bsas\b",
    r"\bs\.a\.",
    # Or its last point lost at the line's end (`Hosteleria Paco y Luisa, S.L`).
    r"\bs\.\s?l(?:\.|(?=\s*$))",
    # Spain's civil partnership and co-ownership, after the name's comma (`Librería El
    # Tintero, S.C.`, `Talleres Hermanos Gil, C.B.`), not a state's `Columbia, S.C. 29201`;
    # its cooperative (`S. Coop.`).
    r"(?:(?<=,\s)|(?<=,))(?:s\.\s?c|c\.\s?b)\.(?=\s*(?:$|[|·(,]))",
    r"\bs\.\s?coop\b",
    r"\bs\.?r\.?l\.?(?!\w)",
    r"\bs\.?p\.?a\.?(?!\w)",
    # Only after the name: before one, `Lda.` / `Ldo.` is a graduate's title in Spanish
    # (`Lda. Carmen Ruiz Ortega`, the pharmacist).
    r"(?:(?<=\w\s)|(?<=\w,\s)|(?<=\w\.\s)|(?<=\w,))lt?da\b",
    r"\bpvt\b",
    # Malaysia's limited liability partnership (`Perkongsian Liabiliti Terhad`).
    r"\bplt\b",
    # Ireland's limited company in Irish (`Ó Briain Retail Teoranta`, `Teo.`).
    r"\bteoranta\b",
    r"(?<=\w\s)teo\.",
    r"\bsp\.\s*z\s*o\.?\s*o\.?",
    # Poland's limited and professional partnerships (`Sp. z o.o. sp.k.`).
    r"\bsp\.\s?[kp]\.",
    r"\bs\.r\.o\.",
    r"\bkft\b",
    r"\boy\b",
    r"\baps\b",
    r"\ba/s\b",
    # Nordic, Benelux, Central and Eastern European forms; the capitals that are words
    # too (`AS`, `AB`, `NV`) only ending the name (a dash may follow: `Camille Roussel EI –
    # Entrepreneur individuel`).
    # Or a dash run into the address (`Aéroligne Méditerranée SA-Aéroport Nice`).
    r"(?-i:\b(?:AB|ASA?|CLG|DAC|EI|HB|KB|NV|SA|SIA|UAB|ULC)\b)"
    r"(?=\s*(?:$|[,;|·(.]|[–—-]\s)|-(?-i:[A-ZÀ-Ý][a-zà-ÿ]{3,}))",
    r"\boyj\b",
    # The Nordic forms spelled out (`Bergström Kontorsmaterial Aktiebolag`).
    r"\b(?:aktiebolag(?:et)?|aksjeselskap(?:et)?|anpartsselskab(?:et)?|aktieselskab(?:et)?"
    r"|osakeyhti[öo])\b",
    r"\bbvba\b",
    # Belgium's limited partnership (`Dakwerken Peeters CommV`), cooperative (`CVBA`,
    # `SCRL`), former private company (`SPRL`) and non-profits (`VZW`, `ASBL`).
    r"\bcomm\.?\s?v\b",
    r"\b(?:cvba|scrl|sprl|vzw|asbl)\b",
    # The Dutch and Flemish general partnership (`Bakkerij De Smet VOF`).
    r"\bv\.?o\.?f\b",
    r"\b(?:zrt|nyrt)\b",
    r"\ba\.\s?s\.(?!\w)",
    r"\bsp\.\s?j\.",
    r"\bd\.\s?o\.\s?o\.?",
    r"\bo[üu]\b(?=\s*(?:$|[,;|·(]))",
    # South-East Asia's: Vietnamese `Công ty TNHH` / `Công ty Cổ phần`,
    # Indonesian `PT … Tbk` and `CV …` (the capitals only opening the name).
    r"\bc[ôoơ]ng\s*ty\b",
    r"\btnhh\b",
    r"\btbk\b",
    r"(?-i:^\W*(?:PT|CV)\.?\s+[A-Z])",
    r"有限公司",
    # Japan's: `株式会社`, `有限会社`, `合同会社` (before or after the name).
    r"(?:株式|有限|合同|合資|合名)会社",
)
LEGAL_FORMS = _words(*_LEGAL_FORMS)
#: Words that name a form's field or a screen's part, not a business: a line of a few
#: words with one of them and no company form is doubtful as the seller (`Variabilní
#: symbol`, `Asiakasnumero`, `Billing period`, `Booking details`, `Bezoekadres`, `Inbox`).
FIELD_WORDS = _words(
    r"\b(?:details?|period[eo]?|address|adres|adresse|direcci[óo]n|indirizzo|symbol"
    r"|number|nummer|num[ée]ro|n[úu]mero|numer|reference|referenz|r[ée]f[ée]rence"
    r"|gesamt|summe|discount|descuento|rabatt|remise|sconto|inbox|posteingang"
    r"|customer|kunde|client|cliente|klant|asiakas|kund|billing|booking|payment|zahlung"
    r"|paiement|pago|pagamento|betaling|total|totale|subtotal|amount|betrag|montant"
    r"|importe|importo|bedrag)\b",
    r"(?:nummer|numero|symbol|adres|adresse|period[ei]?)\b",
)
#: A company form, or a word that names a trade (`Trading`, `Restaurant`, `Kedai`, `公司`).
COMPANY_WORDS = _words(
    *_LEGAL_FORMS,
    r"\benterprise",
    r"\btrading\b",
    r"\brestaurant\b",
    r"\brestoran\b",
    r"\bstore\b",
    r"\bmart\b",
    r"\bshop\b",
    r"\bcaf[eé]\b",
    r"\bbakeries\b",
    r"\bhardware\b",
    r"\bpharmacy\b",
    r"\bsupermarket\b",
    r"\bhypermarket\b",
    r"\bminimarket\b",
    r"\bkedai\b",
    r"\bpasaraya\b",
    r"\bsyarikat\b",
    r"\bperniagaan\b",
    r"\bbakery\b",
    r"\bstationery\b",
    r"\bbookstore\b",
    # A public or charitable body's own kind.
    r"\b(?:university|college|council|academy|hospital|hospice|parish|society|association)\b",
    r"公司",
    r"商店",
    r"超市",
    r"商行",
    r"餐厅",
    r"酒店",
)
NOT_VENDOR = _words(
    r"invoice",
    r"receipt",
    # A legal mention of where the firm is registered (`SELARL d'expertise comptable
    # inscrite au Tableau de l'Ordre …`, `SAS immatriculée au RCS de Lyon`).
    r"\binscrite?s?\s+(?:au|à|a|sur)\b",
    r"\bimmatricul[ée]e?s?\b",
    # An address's heading (`Postage address`, `Postal address`), its lines under it.
    r"^\W*(?:postage|postal|mailing|business|registered|head\s*office)\s+address\W*$",
    # An Italian invoice's print for the customer (`Copia di cortesia — il documento fiscale
    # è stato inviato al SdI`).
    r"\bcopia\s+di\s+cortesia\b",
    # And its note of the exchange it went through (`Documento trasmesso al Sistema di
    # Interscambio`).
    r"\bsistema\s+di\s+interscambio\b",
    # A signature's caption (`Received by`, `Checked By`, `Authorised Signature`).
    r"^\W*(?:received|prepared|checked|approved|verified|collected|delivered|acknowledged)"
    r"\s*by\b",
    r"\b(?:authori[sz]ed|customer'?s?|company)\s*signature\b|\bsignature\b\W*$",
    # A sentence on the terms of sale that names the company (`Op al onze leveringen zijn
    # de algemene voorwaarden van Bakker & Zonen Groothandel B.V. van toepassing`).
    r"algemene\s*(?:verkoops?|leverings)?\s*voorwaarden|conditions\s*g[ée]n[ée]rales"
    r"|allgemeinen?\s*(?:gesch[äa]fts|liefer)bedingungen|general\s*terms",
    # A page's count in the Romance languages (`Página 1 de 1`, `Pagina 2 di 3`).
    r"\bp[áa]gina\s*\d+\s*(?:de|di|of|/)\s*\d",
    # A French association's legal status (`Association loi 1901`), no name of its own.
    r"\bloi\s*(?:du\s*1er\s*juillet\s*)?1901\b",
    # A German slip's kind (`Bewirtungsbeleg`, `Kassenbeleg`); an Indonesian app's screen
    # titles and labels (`Rincian Pesanan`, order details; `Tanggal pembelian`, the date).
    r"beleg\b",
    r"\bpesanan\b|\brincian\b|\btanggal\b",
    # An app's status line (`Pembayaran berhasil`, `Payment successful`), and a line that
    # opens with a taxpayer's number (`NPWP 84.221.903.5-017.000. Gedung …`).
    r"\bberhasil\b|\bsuccessful\b",
    r"^\W*npwp\b",
    # A reference: eight digits or more in a row (`INV/20240315/MPL/3847219912`).
    r"\d{8,}",
    r"(?:credit|debit)\s*note",
    # A page's carried sum (`Übertrag`, `Carried forward`, `À reporter`).
    r"\b[üu]bertrag\b",
    r"(?:carried|brought)\s*forward",
    r"[àa]\s*reporter\b",
    # A Chinese invoice's title: `增值税普通发票` (VAT invoice), `統一發票`, `收據`.
    r"[发發]票",
    r"增值[税稅]",
    r"收[据據]",
    # A date or an invoicing period (`中華民國108年3、4月份`).
    r"\d\s*年",
    # Japan's: an invoice's or a receipt's title, spaced out too (`御 請 求 書`, `領収書`),
    # a field's label (`お支払期限`, the date to pay by; `振込先`, the account to pay to;
    # `但し書き`, what it is for), and the addressee's honorifics (`… 御中`, `… 様`).
    r"請\s*求\s*書|領\s*収\s*[書証]",
    r"(?:期限|期日|番号|金額|合計|小計|振込先|内訳)\s*[:：]?\s*$|^\W*但",
    r"(?:御中|様|(?<!御)殿)\s*$",
    # A sentence (`上記正に領収いたしました`, received with thanks; `…ください`).
    r"(?:ました|ます|ください)[。.]?\s*$|^\W*上記",
    # Hindi `कर बीजक` (tax invoice), `बिल`.
    r"बीजक",
    r"बिल",
    # A logo's tagline with the year the firm was founded (`Büroeinrichtung seit 1962`).
    r"\b(?:depuis|since|seit|sinds|desde|established|estd?\.?|gegr(?:ündet)?\.?|founded)"
    r"\s*(?:in\s*)?(?:18|19|20)\d\d\b",
    # An office's stamp on the received copy: `EINGEGANGEN 13. FEB. 2024`, `GEBUCHT`,
    # `RECEIVED`, `PAID`, `ONTVANGEN`.
    r"^\W*(?:eingegangen|eingang|gebucht|erledigt|gepr[üu]ft|bezahlt|received|paid|posted"
    r"|entered|approved|ontvangen|betaald|geboekt|pagato|ricevuto|pagado|recibido)\W*$",
    # Payment terms in the next cell (`60 Days from GRN`), or as a sentence over the bank
    # details (`Zahlbar innert 30 Tagen. IBAN …`).
    r"\b\d+\s*(?:days|tagen?|jours|giorni|d[íi]as|dagen)\b",
    r"\bzahlbar\b",
    # A receipt's title in other languages: `Reçu de billet électronique`, `Quittung`.
    r"\bre[çc]u\b",
    r"\brecibo\b",
    r"\bricevuta\b",
    r"\bquittung\b",
    r"\bkvitt(?:o|ering)\b",
    r"\bkuitti\b",
    r"\bparagon\b",
    r"\bnyugta\b",
    r"\b[úu][čc]tenka\b",
    r"\bbill\b",
    # Not inside a maker's word (`FURNITURE MANUFACTURER`, `Manufacturas Ruiz SA`).
    r"factuur",
    r"(?<!manu)factur[ea]",
    r"fattura",
    r"\bfatura\b",
    r"\bfaktur[ay]?\b",
    r"\blasku\b",
    r"\bsz[áa]mla\b",
    r"\breprint(?:ed)?\b",
    r"^\W*tota+l[ea]?\b",
    r"\ba\s*pagare\b",
    r"[àa]\s*payer\b",
    r"[àa]\s*r[ée]gler\b",
    r"zu\s*zahlen",
    r"te\s*betalen",
    r"rechnung",
    r"发票",
    r"收据",
    r"\btel\b",
    r"\bfax\b",
    # A phone's label (`Phone: 03-…`, `Handphone`, `Phone No. 012…`), not a shop selling
    # them (`PHONEXPRESS ACCESSORIES SDN BHD`, `SMARTPHONE CENTRE`).
    r"(?:tele|hand)phone",
    r"\bphone\s*(?:no\b\.?|number|#)?\s*[:.+(\d]",
    r"^\W*phone\W*$",
    r"\bgst\b",
    r"\bvat\b",
    # `Reg`, and `RegNo` with the space between lost.
    r"reg(?:no)?\b",
    r"\bco\.?\s*no",
    r"company\s*no",
    r"www\.",
    r"http",
    r"@",
    r"\bdated?\b",
    r"cashier",
    # A restaurant's table (`Table 12`, `TABLE: A5`, `Dine-in Table`), not a name with the
    # word (`Magnolia Table Catering`).
    r"\btable\s*(?:no\b|n[°º]|#|:|[A-Z]?\d)|^\W*(?:dine[\s-]*in\s*)?table\W*$",
    r"\bjalan\b",
    r"\bjln\b",
    r"\d.*\b(?:road|street|avenue)\b|\b(?:road|street|avenue)\b.*\d",
    r"\blot\b",
    r"\btaman\b",
    r"\bno\s*[.:]",
    r"\b\d{5,6}\b",
    r"welcome",
    r"thank",
    # A sentence to the reader (`YOUR GUEST NUMBER IS`, `RAISE YOUR GAME!`, `OUR STORE`).
    r"\b(?:your|our)\b",
    r"省",
    r"路",
    r"号",
    # Whose copy the slip is (`CUSTOMER COPY`, `COPY 2`), not a copy shop's name.
    r"\b(?:customer|merchant|cardholder|card\s*holder|store|shop|office|duplicate|bank"
    r"|client|accounts?|driver|guest|file)\W*copy\b"
    # A print shop's `Print & Copy` is a name.
    r"|^\W*copy\W*(?:receipt|invoice|bill|slip|reprint|\W*$)"
    r"|(?<!&\s)(?<!\band\s)\bcopy\W*(?:of\b|\d|$)",
    # A copy's mark alone on its line (`*** KOPIE ***`, `DUPLICATA`, `- REPRINT -`).
    r"^\W*(?:kopie|copie|copia|duplikat|duplicata|duplicado|zweitschrift|reprint|duplicate)\W*$",
    # An Indian tax invoice's copies: `DUPLICATE FOR TRANSPORTER`, `TRIPLICATE FOR SUPPLIER`.
    r"\b(?:duplicate|triplicate|quadruplicate)\s+for\b",
    r"original",
    r"^[\W\d]*$",
    r"bill\s*to",
    r"ship\s*to",
    r"sold\s*to",
    r"terms",
    r"customer",
    r"#\s*\d",
    r"#\s*$",
    r"^\W*(?:owned\s*(?:&|and)\s*operated|operated|owned|managed|run|franchised)\s+by\b",
    # A Malay sentence of small print (`Barang tidak dituntut selepas 30 hari`).
    r"\btidak\b",
    # The platform's copyright in an e-mail receipt's footer (`© 2024 Square, Inc.`).
    r"^\W*(?:©|\(c\)|copyright\b)",
    # The owner of a German or Austrian sole trader: `Inh. Tobias Meier`, `Inhaberin`.
    r"^\W*inh(?:\.|aber(?:in)?\b)",
    # A chain's branch: `Store 0277 - Leeds Briggate`, `Branch: 12`, `Filiale 0815`.
    r"^\W*(?:store|branch|outlet|shop|location|filiale|magasin|tienda|negozio|loja|cawangan)"
    r"\s*(?:no\.?|nr\.?|#|:)?\s*\d",
    r"\battn",
    r"deliver",
    r"page\s*\d",
    r"cash\s*sale",
    r"datum\b",
    r"zahlung",
    r"payment\s*(?:method|details|terms|info)",
    r"\b(?:bacs|transfer|remit|pay(?:ments?)?)\s+to\b",
    r"modalit[àa]",
    r"pagamento",
    r"paiement",
    r"forma\s*de\s*pago",
    r"betaalwijze",
    r"\bmachine\b",
    r"\bseite\b",
    r"\bpage\b",
    r"stylesheet",
    r"visualisierung",
    # A viewer's title (`XML Tree View – xrechnung_G2025617.xml`).
    r"\bxml\b",
    r"lesbarmachung",
    r"anwendungsempfehlung",
    r"gesch[äa]ftsprozess",
    r"testkennzeichen",
    r"w[äa]hrung",
    r"currency",
    r"sehr\s*geehrte",
    r"gr[üu](?:ß|ss)en",
    r"^\s*(?:herrn?|frau|mr|mrs|ms|z\.?\s*hd\.?)\b\.?\s*$",
    r"^\W*(?:spett\.?\s*le|spettabile|messrs|m/s|attn|attention|z\.?\s*hd)\b",
    r"gesch[äa]ftsf[üu]hr",
    r"bankverbindung",
    r"\biban\b",
    r"amtsgericht",
    r"registered",
    r"\bdirector\b",
    r"e-?mail",
    r"telefon",
    r"steuer\s*-?\s*(?:nr|nummer|id)",
    r"umsatzsteuer",
    r"\bu\.?\s*st\.?\s*-?\s*id",
    r"\bsire[nt]\b",
    r"\brcs\b",
    r"\bkvk\b",
    r"\bhr[ab]\b",
    r"\blogo\b",
    r"(?:handels|partnerschafts|vereins|genossenschafts)register",
    r"stra(?:ß|ss)e\b",
    r"\bstr\.",
    r"^\s*(?:deutschland|germany|france|nederland|the\s*netherlands|belgi(?:um|que|ë)"
    r"|[öo]sterreich|austria|schweiz|suisse|switzerland|united\s*kingdom|ireland|malaysia"
    r"|singapore|united\s*states|usa)\b(?:\s*-\s*[A-Z ]+)?\s*$",
    r"购买方",
    r"购方",
    # A slogan of two short sentences (`READ MORE. WANDER MORE.`), no name.
    r"^\W*\w+\s+\w{3,}\.\s+\w+\s+\w{3,}\.\s*$",
    # A slogan's or greeting's exclamation (`Siempre de tapas!`, `Enjoy!`): no name ends so.
    r"[^\W\d_]{2}\s*!+\W*$",
    # A branch's number line (`Store #2318`, `Filiaal 1422`, `Branch 12`), not its name.
    r"^\W*(?:store|branch|filiaa?le?|outlet|location|shop|magasin|tienda)\b[\W\d]*$",
    # A card terminal's labels (`TERMINAL ID`, `MERCHANT ID`, `AUTH CODE`, `TID`).
    r"\b(?:terminal|merchant|batch|auth(?:ori[sz]ation)?|approval|trace|invoice|store)\s*"
    r"(?:id|no|nr|num|code|#)\b",
    r"\b(?:tid|mid|rrn|stan|aid)\b",
    # The heads of an item table's columns: quantity, description, amount, in the languages
    # receipts are printed in (`AANTAL OMSCHRIJVING BEDRAG`, `Menge Bezeichnung Betrag`).
    r"^\W*(?:qty|quantity|aantal|menge|anzahl|qt[ée]|quantit[ée]|cantidad|cant\.|quantit[àa]"
    r"|qt[àa])\b",
    r"\b(?:omschrijving|bezeichnung|d[ée]signation|descripci[óo]n|descrizione)\b",
    r"^\W*(?:amount|bedrag|betrag|montant|importe|importo|price|prijs|preis|prix|precio"
    r"|prezzo)\W*$",
)
#: Words of a line-item table's heading in other languages (German, French, Dutch,
#: Italian, Spanish), read by the table's columns (`bot.invoices.item_table`): such a
#: table's columns hold each item's amount, never a sum.
MORE_ITEM_HEADER_WORDS = _words(
    r"\bmenge\b",
    r"beschreibung",
    r"bezeichnung",
    r"preis\b",
    r"\bpos\b",
    r"quantit[ée]",
    r"d[ée]signation",
    r"\bprix\b",
    r"omschrijving",
    r"anzahl",
    r"\bqt[ée]s?\b",
    r"libell[ée]",
    r"\bp\.?\s?u\b",
    r"produkt",
    r"\bleistung\b",
    r"descrizione",
    r"prezzo",
    r"cantidad",
    r"precio",
)
ITEM_HEADER_WORDS = _words(
    r"\bitem",
    r"desc",
    r"\bqty\b",
    r"quantity",
    r"price",
    r"amount",
    r"\bamt\b",
    r"\bunit\b",
    r"\brate\b",
    r"\bu/p\b",
    r"\btotal\b",
    r"artikel",
    r"aantal",
    r"prijs",
    r"数量",
    r"单价",
    r"金额",
    r"名称",
    r"menu",
)

NOT_TOTAL_FOR_SUBTOTAL = _words(
    r"\bqty\b",
    r"quantity",
    r"items?\b",
    # Not `discount`.
    r"\bcount\b",
    # A page's subtotal carried to the next (`Subtotal forward`, `Subtotal from previous
    # page`, `Zwischensumme Seite 1`).
    r"\bforward\b",
    r"previous\s*page",
    r"\b(?:carried|brought)\b",
    r"\b(?:seite|page)\s*\d",
)

#: Rows that end a table of line items.
STOP_ITEMS = (
    SUBTOTAL_LABELS,
    NOT_TOTAL,
    *(pattern for pattern, _ in TOTAL_LABELS),
    CASH_LABELS,
    CHANGE_LABELS,
    _words(r"rounding", r"\bgst\b", r"\bvat\b", r"\bsst\b", r"service\s*charge", r"discount"),
    #: The table of tax per rate or of the document's sums that follows the items.
    _words(
        r"aufschl[üu]sselung",
        r"\bbelegsummen\b",
        r"(?:tax|vat|gst|sst)\s*(?:summary|analysis|breakdown)",
        r"r[ée]capitulatif",
        r"ventilation\s*(?:de\s*la\s*)?tva",
    ),
)

#: A heading over the issuer's block of name and address lines (the whole phrase).
SELLER_HEADINGS = _words(
    # After a possessive too (`Votre fournisseur`, `Your supplier`, `Ihr Lieferant`).
    r"^\s*(?:(?:votre|your|ihr|uw)\s+)?(?:seller|sold\s*by|supplier|vendor|from|issued\s*by|bill(?:ed)?\s*from|invoice\s*from"
    # `Rechnung von`, `Facture de`, `Factuur van` over the issuer's name.
    r"|rechnung\s*von|verkauft\s*von|facture\s*de|vendu\s*par|factuur\s*van"
    # A commercial invoice's `EXPORTER / SELLER`.
    r"|exporter"
    # Not a payment's (`Payment service provider: Nord-Ostsee Sparkasse`): the bank.
    r"|(?<!payment\s)service\s*provider|provided\s*by"
    r"|verk[äa]ufer|lieferant|rechnungssteller|leistungserbringer|auftragnehmer|absender"
    r"|fournisseur|vendeur|[ée]metteur|prestataire|leverancier|verkoper|afzender|penjual|pembekal"
    r"|dodavatel|prod[áa]vaj[íi]c[íi]|sprzedawca|elad[óo]|leverand[øo]r|leverant[öo]r|myyj[äa]"
    rf"|{_EASTERN_SELLERS}"
    # The payee of a Norwegian giro slip, its name under it.
    r"|betalt\s*til"
    # An Italian e-invoice's `Cedente/prestatore (fornitore)`, its stylesheet's `Dati del
    # cedente / prestatore`; Romania's `Furnizor`.
    r"|(?:dati\s*del\s*)?cedente\s*/?\s*prestatore(?:\s*\(\s*fornitore\s*\))?|fornitore|furnizor"
    # A courtesy copy's `Mittente` over `Destinatario`; the Iberian issuer (`Emisor`,
    # `Fornecedor`, `Proveedor`, `Vendedor`).
    r"|mittente|emis+or|fornecedor|proveedor|vendedor"
    # Japan's issuer (`発行者`, `発行元`, `請求元`).
    r"|発行者|発行元|請求元"
    # Or in two languages, a bilingual viewer's (`Verkäufer / Seller`), or two words for
    # it (`Lieferant / Rechnungssteller`, `Fournisseur (émetteur)`).
    r")(?:\s*[/(]\s*(?:seller|supplier|vendor|issuer|verk[äa]ufer|lieferant|rechnungssteller"
    r"|leistungserbringer|vendeur|fournisseur|[ée]metteur)\s*\)?)?"
    r"\s*[:：]?\s*$",
)
#: A label whose value is a party's name (`Name:`, `Firma:`, `Raison sociale :`).
NAME_LABELS = _words(
    # After a list's bullet too (a FatturaPA rendering's `• Denominazione: …`).
    r"^[\s•·‣◦*-]*(?:name|firma|firmenname|company(?:\s*name)?|nom|raison\s*sociale|naam|bedrijfsnaam"
    r"|nama|(?:seller'?s?|supplier'?s?|vendor'?s?|legal|registered)\s*name|d[ée]nomination"
    r"(?:\s*sociale)?|denominazione|ragione\s*sociale|raz[óo]n\s*social|raz[ãa]o\s*social"
    r"|denumire"
    # The Nordic viewers' `Namn` (Swedish), `Navn` (Norwegian, Danish), `Nimi` (Finnish).
    r"|namn|navn|nimi"
    # EN 16931's business terms by their names (`Name des Verkäufers`, `Nom du vendeur`).
    r"|name\s*des\s*(?:verk[äa]ufers|lieferanten|rechnungsstellers)"
    r"|nom\s*du\s*(?:vendeur|fournisseur))"
    # In two languages, a bilingual viewer's (`Name / Name:`, `Nom / Name:`).
    r"(?:\s*/\s*(?:name|nom|naam|firma|namn|navn))?\s*[:：]?\s*$",
)
#: What a legal entity prints beside its name: tax and VAT ids, trade register entries,
#: company registration numbers, bank accounts.
PARTY_IDS = _words(
    r"\b(?:gst|vat|sst|tva|btw|mwst)\b\s*[-.]?\s*(?:id|reg|no|number|nr|n[°º]|#)",
    r"\bu\.?\s*st\.?\s*-?\s*id",
    r"\bust\.?\s*-?\s*id",
    # Also `Steuer-N`, its `r.` lost to the OCR on thermal print (not `Steuern`, taxes).
    r"steuer\s*-?\s*(?:nr|nummer)|steuer\s*-\s*n\b",
    r"steuernummer",
    r"\bhr[ab]\b",
    r"(?:handels|partnerschafts|vereins|genossenschafts)register",
    r"amtsgericht",
    # Austria's VAT id and company register number (`UID ATU41288705`, `FN 180334t`).
    r"\buid\b",
    r"\bfn\s*\d{3,6}\s?[a-z]\b",
    r"registered\s*(?:in|office|no)",
    r"\bco(?:mpany)?\.?\s*-?\s*(?:reg(?:no)?|no|number|re)\b",
    r"\bcrn\b",
    r"\bsire[nt]\b",
    r"\brcs\b",
    r"\bkvk\b",
    r"\biban\b",
    r"\babn\b",
    r"\(\s*[A-Z]{0,3}\d{5,}\s*[-–]\s*[A-Z]\s*\)",
    # Malaysia's company number since 2019: the year, the kind of entity, six digits,
    # alone or before the old number (`(202003123456 / 003112345-W)`).
    r"\(\s*(?:19|20)\d\d0[1-6]\d{6}\s*[)/]",
    # Singapore's Unique Entity Number; South Africa's company registration number
    # (`Reg. No. CK 2004/071523/23`).
    r"\buen\b",
    r"\b(?:19|20)\d\d/\d{6}/\d\d\b",
    # The Nordic, Central European, Iberian and Italian company and tax ids.
    r"organisations?\s*-?\s*n(?:r|umme)",
    r"\borg\.?\s*-?\s*n(?:r|o)\b",
    r"momsreg",
    r"y-?tunnus",
    r"\bcvr\b",
    r"foretaksregister",
    r"\b(?:i[čc]o|di[čc])\b",
    r"\b(?:nip|regon|krs)\b",
    r"ad[óo]sz[áa]m",
    r"c[ée]gjegyz[ée]k",
    r"\b(?:nif|cif|nipc)\b",
    r"\bp\.?\s*iva\b|partita\s*iva",
    r"\brea\b",
    # Indonesia's taxpayer number, Vietnam's tax code (`MST`).
    r"\bnpwp\b",
    r"\bmst\b",
    # The Baltic, Balkan and Bulgarian ones: Estonia's `Reg. kood`, `KMKR`; Latvia's `Reģ.
    # Nr.`, `PVN reģ.`; Lithuania's `Įmonės kodas`, `PVM kodas`; Croatia's `OIB`; Slovenia's
    # `ID za DDV`; Bulgaria's `ЕИК`, `ИН по ДДС`.
    r"\breg\.?\s*kood|registrikood|\bkmkr\b",
    r"\bre[ģg]\.?\s*nr|re[ģg]istr[āa]cijas\s*n",
    r"\bpvn\s*(?:re[ģg]|maks)",
    r"[įi]mon[ėe]s\s*kod|\bpvm\s*(?:mok[ėe]tojo\s*)?kod",
    r"\boib\b",
    r"\bid\s*za\s*ddv\b",
    r"\bеик\b|\bин\s*по\s*ддс",
    # Japan's qualified invoice issuer's registration (`登録番号 T8810947233105`).
    r"登録番号|\bT\d{13}\b",
)
#: A company registration number printed on or under the legal name (`(256864-P)`,
#: `Co. No. 113825-W`, `Co-Reg: 360671-D`).
REGISTRATION = _words(
    # `(256864-P)`, `001083069-M`, and with a state's letters before it: `JM0761170-K`;
    # its hyphen printed as a dash (`(1067812–A)`).
    r"\b[A-Z]{0,3}\d{5,}\s*[-–]\s*[A-Z]\b",
    # `Reg` misread as `Rea` or `Req` on a photo.
    r"\bco(?:mpany)?\.?\s*-?\s*(?:reg(?:istration)?|re[aq]?)\b\.?\s*(?:no)?\.?\s*[:.]?\s*[A-Z]*\d",
    r"\bco\.?\s*no\b",
)
