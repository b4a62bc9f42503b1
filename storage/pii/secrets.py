"""Credentials: Slack, OpenAI-style, AWS, GitHub and Google keys, bearer tokens,
JWTs, private-key blocks, webhook URLs and `password=…`-style assignments."""

import re
from collections.abc import Iterator

from storage.pii.candidates import Candidate, Detector

_WHOLE = re.compile(
    "|".join(
        (
            r"\bxox[abposre]-[A-Za-z0-9-]{10,}",
            r"\bxapp-\d-[A-Za-z0-9-]{10,}",
            r"(?<![\w-])sk-(?:proj-|ant-|live-|test-|svcacct-)?[A-Za-z0-9_-]{20,}",
            r"\b[rsp]k_(?:live|test)_[A-Za-z0-9]{16,}",
            r"(?<![A-Z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}(?![A-Z0-9])",
            r"\bgh[pousr]_[A-Za-z0-9]{30,}",
            r"\bgithub_pat_[A-Za-z0-9_]{22,}",
            r"\bAIza[0-9A-Za-z_-]{35}",
            r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}",
            r"https://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9/_-]+",
        )
    )
)

# Only the value is masked, so the reader still sees what kind of secret was there.
_VALUE = re.compile(
    r"(?i:\bauthorization\s*[:=]\s*(?:bearer|basic|token|bot)\s+|\bbearer\s+)([A-Za-z0-9._~+/=-]{12,})"
    r"|(?i:\b(?:password|passwd|pwd|passphrase|secret|client[_-]?secret|api[_-]?key|apikey"
    r"|access[_-]?key|secret[_-]?key|access[_-]?token|auth[_-]?token|refresh[_-]?token|token)\b)"
    r"""["']?\s*[:=]\s*["']?([^\s"',;\[\]]{6,})"""
)


def detect_secrets(text: str) -> Iterator[Candidate]:
    for match in _WHOLE.finditer(text):
        yield Candidate(match.start(), match.end())
    for match in _VALUE.finditer(text):
        group = 1 if match.group(1) is not None else 2
        yield Candidate(match.start(group), match.end(group))


_PRIVATE_KEY_LIMIT = 8192
_PRIVATE_KEY = re.compile(
    rf"-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----(?s:.{{0,{_PRIVATE_KEY_LIMIT}}}?)"
    r"(?:-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|\Z)"
)


def detect_private_keys(text: str) -> Iterator[Candidate]:
    for match in _PRIVATE_KEY.finditer(text):
        yield Candidate(match.start(), match.end())


SECRETS = Detector(
    "SECRET",
    detect_secrets,
    triggers=(
        r"xox[abposre]-|xapp-|sk-|[rsp]k_(?:live|test)_|gh[pousr]_|github_pat_|AIza|eyJ",
        r"A(?:KIA|SIA|GPA|IDA|ROA|NPA|NVA|IPA)[A-Z0-9]{16}",
        r"hooks\.slack\.com",
        r"(?i:authorization|bearer|passw|pwd|passphrase|secret|api[_-]?key|apikey|access[_-]?key|token)",
    ),
    reach_after=256,
)
PRIVATE_KEYS = Detector(
    "SECRET",
    detect_private_keys,
    triggers=("PRIVATE KEY",),
    reach_after=_PRIVATE_KEY_LIMIT + 128,
)
