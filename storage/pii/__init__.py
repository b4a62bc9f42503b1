"""Detectors of personal data and secrets; `storage.redact` combines them.

Each detector finds with a regular expression and confirms with a checksum or a
parser where the type has one, so numbers that merely look right (amounts,
dates, invoice numbers, numbers failing their check digit) are left alone.
"""

from storage.pii.addresses import ADDRESSES
from storage.pii.candidates import Candidate, Detector
from storage.pii.context import NAMES
from storage.pii.network import EMAILS, IPS
from storage.pii.numbers import CARDS, CN_IDS, IBANS, SSNS
from storage.pii.phones import PHONES
from storage.pii.secrets import PRIVATE_KEYS, SECRETS

#: In order of precedence: where two candidates overlap, the earlier type wins.
DETECTORS: tuple[Detector, ...] = (
    PRIVATE_KEYS,
    SECRETS,
    EMAILS,
    IBANS,
    CN_IDS,
    CARDS,
    SSNS,
    IPS,
    PHONES,
    ADDRESSES,
    NAMES,
)

PII_TYPES: tuple[str, ...] = tuple(dict.fromkeys(detector.type for detector in DETECTORS))

__all__ = ["DETECTORS", "PII_TYPES", "Candidate", "Detector"]
