"""Logging that cannot leak: every record is redacted before it is written."""

import logging
import sys

from storage.redact import redact


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


#: Libraries that log every HTTP request at INFO; their news is only wanted when debugging.
_CHATTY_LIBRARIES = ("httpx", "httpx2", "httpcore", "openai", "RapidOCR", "faster_whisper")


def configure_logging(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    chatty = logging.DEBUG if level == "DEBUG" else logging.WARNING
    for name in _CHATTY_LIBRARIES:
        logging.getLogger(name).setLevel(chatty)
