"""What a mail client or a browser printed around the document, and who sent the mail.

A receipt that came by e-mail reaches Slack printed to PDF or as a screenshot. Around
the receipt are the mail's header (`From:`, `To:`, `Sent:`, `1 message`, the reader's
own address) and the browser's print header and footer (the time it was printed, the
page's title, its address and `1/2`). None of that is the seller's: the recipient's
name and company are the customer, and the print time is no date of the sale. The
sender's display name is, though, the best word on who sent the receipt, the original
sender's where the mail was forwarded.
"""

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.invoices.dates import find_dates
from bot.invoices.layout import Cell, Row

#: `Name <address>`: a mail address in angle brackets, with the name shown for it.
ADDRESSED = re.compile(r"(?P<name>[^<>|@]*?)\s*<\s*(?P<address>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*>")
_FROM = re.compile(r"^\W*(?:from|von|de|van|da|fra|fr[åa]n|od)\s*:", re.IGNORECASE)
_RECIPIENT = re.compile(
    r"^\W*(?:to|an|[àa]|para|aan|cc|bcc|kopie|til|till|do)\s*:"
    r"|^\W*(?:to\s+me|an\s+mich|[àa]\s+moi|a\s+m[ií]|para\s+m[ií]|aan\s+mij)\W*$",
    re.IGNORECASE,
)
#: The other fields of a mail's header, by their labels.
_FIELD = re.compile(
    r"^\W*(?:subject|betreff|objet|asunto|oggetto|onderwerp|assunto|sent|gesendet"
    r"|envoy[ée]|enviado|inviato|verzonden|date|datum|fecha|data)\s*:",
    re.IGNORECASE,
)
_MESSAGES = re.compile(
    r"^\s*\d+\s+(?:messages?|nachrichten?|mensajes?|berichten?|messaggi?o?|mensagens?)\s*$",
    re.IGNORECASE,
)
_FORWARDED = re.compile(
    r"-{3,}\s*(?:forwarded\s+message|weitergeleitete\s+nachricht|message\s+transf[ée]r[ée]"
    r"|mensaje\s+reenviado|doorgestuurd\s+bericht|messaggio\s+inoltrato|original\s+message"
    r"|urspr[üu]ngliche\s+nachricht|message\s+d'origine)",
    re.IGNORECASE,
)
#: A browser's print header starts with when it printed (`3/18/25, 10:14 AM`).
_PRINTED_AT = re.compile(
    r"\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?\s?m\.?)?\s*",
    re.IGNORECASE,
)
#: A browser's print footer: the page's address, and which page of how many.
_PAGE_ADDRESS = re.compile(r"\s*(?:https?://|file:///|about:)\S*\s*")
_PAGE_OF = re.compile(r"\s*\d{1,3}\s*/\s*\d{1,3}\s*")
#: How far from a sender a mail header's other fields are printed.
_HEADER_REACH = 4


#: A mail app's or browser's own words, cells of their own on a screenshot: its folders,
#: buttons and menus (`Inbox`, `Search mail`, `Reply all`, `File Edit View`).
_INTERFACE_WORDS = frozenset(
    (
        "inbox", "posteingang", "recibidos", "starred", "markiert", "snoozed", "sent",
        "items", "gesendet", "drafts", "entwürfe", "spam", "trash", "papierkorb", "labels",
        "compose", "schreiben", "search", "suchen", "reply", "forward", "archive", "delete",
        "outlook", "gmail", "favorites", "favourites", "focused", "sweep", "report", "move",
        "chrome", "safari", "firefox", "file", "edit", "view", "history", "bookmarks",
        "profiles", "tab", "window", "help", "home", "mail", "e-mails", "unread", "flag",
        # The same folders in Spanish, French, Italian, Dutch and Portuguese clients.
        "destacados", "pospuestos", "enviados", "borradores", "papelera", "boîte",
        "réception", "suivis", "envoyés", "brouillons", "corbeille", "posta", "arrivo",
        "speciali", "inviati", "bozze", "cestino", "verzonden", "concepten", "prullenbak",
        "caixa", "entrada", "rascunhos", "lixeira",
    )
)  # fmt: skip
#: Words an app's buttons share with text (`Reply all`, `Move to`, `to me`, `an mich`).
_ALSO_TEXT = frozenset(
    ("to", "all", "new", "other", "more", "read", "me", "an", "mich", "moi", "aan", "mij",
     "of", "von", "in", "de")
)  # fmt: skip
#: `12 of 1,204`: where the message stands in its folder.
_POSITION = re.compile(r"\d+\s+(?:of|von|de|sur|van)\s+[\d,.]+", re.IGNORECASE)
#: A browser's address bar: a page's address with its path, no scheme needed.
_ADDRESS_BAR = re.compile(r"(?:https?://)?[\w-]+(?:\.[\w-]+)+/\S*")
#: This many cells of an app's own words make a page a screenshot of the app.
_INTERFACE_CELLS = 3


def without_interface(rows: Sequence[Row]) -> list[Row]:
    """The rows of a screenshot without the mail app's or browser's own words and
    address bar; other rows as they are."""
    if sum(_interface(cell.text) for row in rows for cell in row.cells) < _INTERFACE_CELLS:
        return list(rows)
    kept = []
    for row in rows:
        cells = tuple(
            cell
            for cell in row.cells
            if not _interface(cell.text) and not _ADDRESS_BAR.fullmatch(cell.text.strip())
        )
        if cells:
            kept.append(Row(cells))
    return kept


def _interface(text: str) -> bool:
    """A cell of an app's own words alone (an icon read as a letter before them allowed),
    or a message's place in its folder."""
    if _POSITION.fullmatch(text.strip()):
        return True
    words = [word.lower() for word in re.findall(r"[^\W\d_][\w-]*", text)]
    if words and len(words[0]) == 1:
        words = words[1:]
    return (
        bool(words)
        and all(word in _INTERFACE_WORDS or word in _ALSO_TEXT for word in words)
        and any(word in _INTERFACE_WORDS for word in words)
    )


@dataclass(frozen=True)
class Mail:
    #: The rows a mail client or browser printed, not the document.
    chrome: frozenset[int]
    #: The name the mail's sender is shown by, if any, where it was printed.
    sender: Cell | None = None
    #: The sender's mail address.
    sender_address: str | None = None
    #: When the mail was sent, as its header prints it: no document in it is dated later.
    sent: dt.date | None = None


def read_mail(rows: Sequence[Row]) -> Mail:
    """The mail header and print chrome among `rows`."""
    chrome: set[int] = set()
    senders: list[tuple[Cell | None, str]] = []
    header: list[int] = []
    for index, row in enumerate(rows):
        text = row.text
        if _MESSAGES.match(text) or _FORWARDED.search(text):
            chrome.add(index)
        elif addressed := ADDRESSED.search(text):
            chrome.add(index)
            if _FROM.match(text) or _recipient_follows(rows, index):
                senders.append((_sender(row, addressed), addressed["address"]))
                fields = [
                    near
                    for near in range(index + 1, min(len(rows), index + 1 + _HEADER_REACH))
                    if _FIELD.match(rows[near].text) or _RECIPIENT.match(rows[near].text)
                ]
                chrome.update(fields)
                header += [index, *fields]
    chrome |= _print_chrome(rows)
    if not senders:
        return Mail(frozenset(chrome))
    return Mail(frozenset(chrome), *senders[-1], sent=_sent(rows, header))


def _sent(rows: Sequence[Row], header: list[int]) -> dt.date | None:
    """The latest date the mail headers print (`Thu, Jan 9, 2025 at 8:19 PM`, `Sent:
    …`): a forward's header is later than the original's. Only dates read one way count."""
    dates = [
        found.date
        for index in header
        for found in find_dates(_ADDRESSES.sub(" ", rows[index].text))
        if not found.ambiguous
    ]
    return max(dates, default=None)


_ADDRESSES = re.compile(r"<[^>]*>|\S+@\S+")


def _recipient_follows(rows: Sequence[Row], index: int) -> bool:
    return any(_RECIPIENT.match(row.text) for row in rows[index + 1 : index + 3])


def _sender(row: Row, addressed: re.Match[str]) -> Cell | None:
    """The name shown for the address, as a cell where the row prints it."""
    name = _FROM.sub("", addressed["name"]).strip(" \"'“”‘’|:")
    if not name:
        return None
    cell = next((cell for cell in row.cells if name in cell.text), row.cells[0])
    return replace(cell, text=name)


def _print_chrome(rows: Sequence[Row]) -> set[int]:
    """A browser's print footer (the page's address, `1/2`) and, where one is printed,
    its header (the time printed, the page's title)."""
    footers = {
        index
        for index, row in enumerate(rows)
        if _PAGE_ADDRESS.fullmatch(row.cells[0].text)
        and (len(row.cells) == 1 or _PAGE_OF.fullmatch(row.cells[-1].text))
    }
    if not footers:
        return set()
    headers = {
        index
        for index, row in enumerate(rows)
        if len(row.phrases()) <= 2 and _PRINTED_AT.fullmatch(row.cells[0].text)
    }
    return footers | headers
