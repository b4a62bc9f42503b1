"""A pytest plugin: the run fails if a sandbox secret shows up anywhere the bot writes.

Every token, signing secret and API key the sandboxes make up carries
`bot.sandbox.SECRET_MARKER` (`bot.sandbox.sandbox_secret`). For the whole session this
plugin watches for that marker in

- every log record of this process (a handler on the root logger: the message, its
  arguments and any traceback), with the root logger at INFO at least, the level the bot
  runs at (`--secret-scan-log-level=DEBUG` looks at debug records too, at some cost in
  speed and in the size of failure reports), and each test's captured output, which
  includes what the worker processes wrote to stderr;
- everything a sandbox Slack workspace receives from the bot (`SlackSandbox.observers`):
  `chat.postMessage`, `chat.update`, `chat.postEphemeral`, `views.publish` and every other
  Web API call's arguments (the token itself travels in the Authorization header, which
  is not looked at), uploaded files, posts to a `response_url`, and the bot's answers to
  the requests it is sent (slash command replies);
- at the end, every file under pytest's basetemp, read as bytes, and every text and blob
  value of every table of each SQLite database there (the audit log, jobs, results…),
  read through SQLite so that pages still in the write-ahead log count too.

Settings files (`*.toml`) are the one place a secret may be written, and are skipped. A
finding names where the secret was and during which test, never the secret itself; the
run then ends with exit status 1 even if every test passed.

Under pytest-xdist the log records and Slack deliveries are seen in the worker processes
that run the tests; each worker hands its findings and counts to the controller when it
finishes (`workeroutput`), which reads the captured output from the reports, scans the
files and reports once for the whole run.
"""

import json
import logging
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bot.sandbox import SECRET_MARKER
from bot.sandbox.slack_server import SlackSandbox

MARKER = SECRET_MARKER.encode()
SETTINGS_SUFFIXES = (".toml",)
SQLITE_HEADER = b"SQLite format 3\x00"
_CHUNK = 8 << 20


@dataclass
class Finding:
    where: str
    test: str

    def __str__(self) -> str:
        return f"{self.where} (during {self.test})" if self.test else self.where


def contains_secret(value: Any) -> bool:
    """Whether `value` (text, bytes, or anything JSON can show) carries the marker."""
    if isinstance(value, bytes | bytearray | memoryview):
        return MARKER in bytes(value)
    if not isinstance(value, str):
        value = json.dumps(value, default=repr, ensure_ascii=False)
    return SECRET_MARKER in value


def file_contains_secret(path: Path) -> bool:
    """Reads `path` in chunks that overlap by the marker's length less one."""
    tail = b""
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            if MARKER in tail + chunk:
                return True
            tail = chunk[-(len(MARKER) - 1) :]
    return False


def secrets_in_sqlite(path: Path) -> list[str]:
    """`table.column` for each value holding the marker, read from a copy of the database
    and its write-ahead log (so that a database still open elsewhere is left alone)."""
    found: list[str] = []
    with tempfile.TemporaryDirectory(prefix="secret-scan-") as scratch:
        copy = Path(scratch) / path.name
        shutil.copyfile(path, copy)
        for suffix in ("-wal", "-journal"):
            side = path.with_name(path.name + suffix)
            if side.is_file():
                shutil.copyfile(side, Path(scratch) / (path.name + suffix))
        try:
            connection = sqlite3.connect(copy)
        except sqlite3.Error as error:
            return [f"(unreadable database: {error})"]
        try:
            tables = [
                row[0]
                for row in connection.execute("select name from sqlite_master where type='table'")
            ]
            for table in tables:
                cursor = connection.execute(f'select * from "{table}"')
                columns = [d[0] for d in cursor.description]
                for row in cursor:
                    for column, value in zip(columns, row, strict=True):
                        if isinstance(value, str | bytes) and contains_secret(value):
                            found.append(f"{table}.{column}")
        except sqlite3.Error as error:
            found.append(f"(unreadable database: {error})")
        finally:
            connection.close()
    return sorted(set(found))


def scan_tree(root: Path) -> list[str]:
    """Where under `root` the marker is: files by their bytes, databases also by value."""
    found: list[str] = []
    for path in sorted(_files(root)):
        if path.suffix in SETTINGS_SUFFIXES:
            continue
        try:
            if file_contains_secret(path):
                found.append(f"file {path}")
            with path.open("rb") as stream:
                is_database = stream.read(len(SQLITE_HEADER)) == SQLITE_HEADER
        except OSError:
            continue  # removed while we looked (a test's leftover worker finishing)
        if is_database:
            found += [f"database {path}: {where}" for where in secrets_in_sqlite(path)]
    return found


def _files(root: Path) -> Iterator[Path]:
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            yield path


class _RecordWatch(logging.Handler):
    """Looks at every record as it is made; keeps only where the marker was seen."""

    def __init__(self, report: Callable[[str], None]) -> None:
        super().__init__(logging.DEBUG)
        self._report = report
        self.records = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.records += 1
        try:
            parts: list[Any] = [str(record.msg), record.args]
            if record.exc_info:
                parts.append(logging.Formatter().formatException(record.exc_info))
            if record.exc_text or record.stack_info:
                parts += [record.exc_text, record.stack_info]
            if any(contains_secret(part) for part in parts if part is not None):
                self._report(f"log record {record.name} {record.levelname}")
        except Exception:  # a record that cannot even be shown carries no secret we can see
            self.handleError(record)


@dataclass
class SecretScan:
    level: int = logging.INFO
    findings: list[Finding] = field(default_factory=list)
    test: str = ""
    received: int = 0
    files_scanned: int = 0
    #: Whether this process is a pytest-xdist worker, which hands its findings on.
    in_worker: bool = False

    def __post_init__(self) -> None:
        self.watch = _RecordWatch(self.found)

    def found(self, where: str) -> None:
        self.findings.append(Finding(where, self.test))

    def watch_logs(self) -> None:
        """(Re)attach the handler: code under test may replace the root logger's handlers."""
        root = logging.getLogger()
        if self.watch not in root.handlers:
            root.addHandler(self.watch)
        if root.level > self.level or root.level == logging.NOTSET:
            root.setLevel(self.level)

    def received_by_slack(self, what: str, payload: Any) -> None:
        self.received += 1
        if contains_secret(payload):
            self.found(f"Slack sandbox received it in {what}")

    # -- pytest hooks -------------------------------------------------------------------

    def pytest_configure(self, config: pytest.Config) -> None:
        self.in_worker = hasattr(config, "workeroutput")
        self.watch_logs()
        SlackSandbox.observers.append(self.received_by_slack)

    def pytest_unconfigure(self, config: pytest.Config) -> None:
        logging.getLogger().removeHandler(self.watch)
        if self.received_by_slack in SlackSandbox.observers:
            SlackSandbox.observers.remove(self.received_by_slack)

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item, nextitem: Any) -> Any:
        self.test = item.nodeid
        self.watch_logs()
        try:
            return (yield)
        finally:
            self.test = ""

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_setup(self, item: pytest.Item) -> None:
        self.watch_logs()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if self.in_worker:
            return  # the controller gets the same report and looks at it there
        for title, content in report.sections:
            finding = Finding(f"output: {title}", report.nodeid)
            # a teardown report repeats the sections of the call before it
            if contains_secret(content) and finding not in self.findings:
                self.findings.append(finding)

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node: Any, error: Any) -> None:
        """A pytest-xdist worker finished: take over what it saw."""
        seen = getattr(node, "workeroutput", {}).get("secret_scan")
        if seen:
            self.findings += [Finding(where, test) for where, test in seen["findings"]]
            self.watch.records += seen["records"]
            self.received += seen["received"]

    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        if self.in_worker:
            session.config.workeroutput["secret_scan"] = {
                "findings": [(f.where, f.test) for f in self.findings],
                "records": self.watch.records,
                "received": self.received,
            }
            return  # the controller scans the files and reports
        factory = getattr(session.config, "_tmp_path_factory", None)
        basetemp = getattr(factory, "_basetemp", None)
        if basetemp is not None and Path(basetemp).is_dir():
            self.files_scanned = sum(1 for _ in _files(Path(basetemp)))
            for where in scan_tree(Path(basetemp)):
                self.findings.append(Finding(where, ""))
        if self.findings and session.exitstatus == pytest.ExitCode.OK:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED
        if self.findings and session.config.pluginmanager.get_plugin("terminalreporter") is None:
            print(self.summary(), flush=True)

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if self.findings:
            terminalreporter.section("secret scan", red=True, bold=True)
            terminalreporter.line(self.summary(), red=True)

    def summary(self) -> str:
        lines = [
            "A sandbox secret (see bot.sandbox.SECRET_MARKER) leaked; the run fails. Found in:",
            *(f"  - {finding}" for finding in self.findings),
            f"({self.watch.records} log records, {self.received} Slack deliveries and "
            f"{self.files_scanned} files scanned.)",
        ]
        return "\n".join(lines)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--secret-scan-log-level",
        default="INFO",
        choices=("DEBUG", "INFO"),
        help="lowest level of the log records the secret scan sees (default INFO)",
    )


def pytest_configure(config: pytest.Config) -> None:
    if not config.pluginmanager.has_plugin("secret-scan"):
        level = getattr(logging, config.getoption("--secret-scan-log-level"))
        config.pluginmanager.register(SecretScan(level), "secret-scan")
