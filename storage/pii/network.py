"""Email addresses and IP addresses."""

import ipaddress
import re
from collections.abc import Iterator

from storage.pii.candidates import Candidate, Detector

# Anchored on "@" and expanded to the left, so a long run of word characters
# (base64, hashes) costs linear time instead of one attempt per position.
_EMAIL_DOMAIN = re.compile(r"@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)+[A-Za-z]{2,24}(?![A-Za-z0-9-])")
_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-'")


def detect_emails(text: str) -> Iterator[Candidate]:
    if "@" not in text:
        return
    for match in _EMAIL_DOMAIN.finditer(text):
        at = match.start()
        start = at
        while start > 0 and at - start < 64 and text[start - 1] in _LOCAL_CHARS:
            start -= 1
        while start < at and text[start] in ".-+'":
            start += 1
        if start < at:
            yield Candidate(start, match.end())


_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IPV4 = re.compile(rf"(?<![\w.]){_OCTET}(?:\.{_OCTET}){{3}}(?![\w]|\.\d)", re.ASCII)
_IPV6 = re.compile(
    r"(?<![\w:.])(?:[0-9A-Fa-f]{1,4}|(?=::))(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])", re.ASCII
)


#: `build 3.1.18.147`, `version 4.2.15.70`: four numbers that are not an address.
_VERSION_BEFORE = re.compile(r"(?i:\b(?:build|version|ver|release|firmware|v)\.?\s*)$")


def detect_ips(text: str) -> Iterator[Candidate]:
    if "." in text:
        for match in _IPV4.finditer(text):
            if not _VERSION_BEFORE.search(text, max(0, match.start() - 24), match.start()):
                yield Candidate(match.start(), match.end())
    if "::" in text or text.count(":") >= 7:
        for match in _IPV6.finditer(text):
            if _is_ipv6(match.group()):
                yield Candidate(match.start(), match.end())


def _is_ipv6(candidate: str) -> bool:
    hex_digits = sum(ch not in ":" for ch in candidate)
    if hex_digits < 2 or ("::" not in candidate and candidate.count(":") != 7):
        return False
    try:
        ipaddress.IPv6Address(candidate)
    except ValueError:
        return False
    return True


EMAILS = Detector("EMAIL", detect_emails, triggers=("@",), reach_before=72, reach_after=128)
IPS = Detector(
    "IP",
    detect_ips,
    triggers=(r"\d\.\d{1,3}\.\d{1,3}\.\d", "::", r"[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){7}"),
)
