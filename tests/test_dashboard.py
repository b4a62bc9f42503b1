"""`mmbot dashboard`: the database read-only in Datasette with charts, checked over HTTP
against a seeded database, the way a browser and a script would use it."""

import asyncio
import json
import os
import re
import secrets
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import storage.audit
from bot.dashboard import CHARTS, DASHBOARD, DATABASE, build_datasette, is_loopback
from storage.audit import AuditLog
from storage.db import open_database
from tests.waiting import wait_for

REPO = Path(__file__).resolve().parents[1]
DAY1, DAY2 = "2026-03-01", "2026-03-02"

# (day, time, fields) of each audit row; AuditLog.record stamps `ts` from storage.audit.now_text.
AUDIT_ROWS: list[tuple[str, str, dict[str, Any]]] = [
    (DAY1, "09:00", dict(action="job.finish", skill="describe", status="ok", latency_ms=100)),
    (DAY1, "09:05", dict(action="job.finish", skill="describe", status="ok", latency_ms=300)),
    (
        DAY1,
        "09:10",
        dict(
            action="job.finish",
            skill="invoice",
            status="failed",
            channel="C0DASH",
            latency_ms=5000,
            detail="I found no text in <scan>.png & gave up",
        ),
    ),
    (
        DAY1,
        "09:11",
        dict(
            action="provider.call",
            provider="openai",
            cost_usd=0.012,
            tokens_in=1000,
            tokens_out=200,
        ),
    ),
    (DAY1, "09:12", dict(action="provider.call", provider="local", cost_usd=0.0)),
    # not a finished job: left out of every job chart
    (DAY1, "09:20", dict(action="skill.run", skill="describe", status="failed", latency_ms=99999)),
    (DAY2, "10:00", dict(action="job.finish", skill="invoice", status="ok", latency_ms=900)),
    (DAY2, "10:05", dict(action="job.finish", skill="describe", status="ok", latency_ms=200)),
    (
        DAY2,
        "10:06",
        dict(action="job.finish", skill="meeting", status="cancelled", latency_ms=1000),
    ),
    (
        DAY2,
        "10:07",
        dict(
            action="provider.call", provider="openai", cost_usd=0.02, tokens_in=1500, tokens_out=300
        ),
    ),
    (
        DAY2,
        "10:08",
        dict(
            action="provider.call", provider="claude", cost_usd=0.005, tokens_in=400, tokens_out=100
        ),
    ),
    (
        DAY2,
        "10:30",
        dict(
            action="job.finish",
            skill="meeting",
            status="failed",
            channel="C0DASH",
            latency_ms=60000,
            detail="the recording is silent",
        ),
    ),
]

RESULT_ROWS: list[tuple[str, dict[str, Any]]] = [
    ("invoice", {"file": "a.png", "total": 35.93, "currency": "MYR", "verdict": "valid"}),
    (
        "invoice",
        {
            "invoices": [
                {"file": "b.png", "total": 10.0, "currency": "MYR", "verdict": "needs_review"},
                {"file": "c.pdf", "total": 120.5, "currency": "EUR", "verdict": "valid"},
                {"file": "d.pdf", "total": None, "currency": "EUR", "verdict": "needs_review"},
            ],
            "failed": [{"file": "e.png", "error": "no text"}],
        },
    ),
    ("invoice", {"file": "f.png", "total": 5.0, "currency": None, "verdict": "valid"}),
    # another skill's data, even with a total, is no invoice
    ("describe", {"total": 999, "currency": "USD"}),
]

EXPECTED: dict[str, list[dict[str, Any]]] = {
    "jobs-total": [{"jobs": 7}],
    "failures-total": [{"failed": 2}],
    "cost-total": [{"cost_usd": "0.0370"}],
    "jobs-per-day": [
        {"day": DAY1, "jobs": 3, "failures": 1},
        {"day": DAY2, "jobs": 4, "failures": 1},
    ],
    "cost-per-day": [
        {"day": DAY1, "provider": "local", "cost_usd": 0.0},
        {"day": DAY1, "provider": "openai", "cost_usd": 0.012},
        {"day": DAY2, "provider": "claude", "cost_usd": 0.005},
        {"day": DAY2, "provider": "openai", "cost_usd": 0.02},
    ],
    "cost-per-provider": [
        {"provider": "openai", "calls": 2, "tokens": 3000, "cost_usd": 0.032},
        {"provider": "claude", "calls": 1, "tokens": 500, "cost_usd": 0.005},
        {"provider": "local", "calls": 1, "tokens": 0, "cost_usd": 0.0},
    ],
    # nearest rank: p50 of [100, 200, 300] is 200, p95 is 300; of two values, the first and last
    "slowest-skills": [
        {"skill": "meeting", "jobs": 2, "p50_ms": 1000.0, "p95_ms": 60000.0},
        {"skill": "invoice", "jobs": 2, "p50_ms": 900.0, "p95_ms": 5000.0},
        {"skill": "describe", "jobs": 3, "p50_ms": 200.0, "p95_ms": 300.0},
    ],
    "invoice-totals": [
        {"currency": "EUR", "invoices": 1, "total": 120.5},
        {"currency": "MYR", "invoices": 2, "total": 45.93},
        {"currency": "?", "invoices": 1, "total": 5.0},
    ],
    # newest first, text HTML-escaped (the table card writes cells as HTML)
    "recent-failures": [
        {
            "ts": f"{DAY2}T10:30:00.000+00:00",
            "skill": "meeting",
            "channel": "C0DASH",
            "reason": "the recording is silent",
        },
        {
            "ts": f"{DAY1}T09:10:00.000+00:00",
            "skill": "invoice",
            "channel": "C0DASH",
            "reason": "I found no text in &lt;scan&gt;.png &amp; gave up",
        },
    ],
}


def seed(path: Path) -> None:
    db = open_database(path)
    log = AuditLog(db)
    with pytest.MonkeyPatch.context() as patch:
        for day, time, fields in AUDIT_ROWS:
            stamp = f"{day}T{time}:00.000+00:00"
            patch.setattr(storage.audit, "now_text", lambda stamp=stamp: stamp)
            log.record(**fields)
    for number, (skill, data) in enumerate(RESULT_ROWS, start=1):
        db["results"].insert(
            {
                "job_id": number,
                "ts": f"{DAY2}T11:00:00.000+00:00",
                "skill": skill,
                "data": json.dumps(data),
            }
        )
    db["jobs"].insert(
        {
            "skill": "describe",
            "status": "done",
            "created_at": DAY2,
            "prompt": "what is on Ann's desk?",
        }
    )
    db["cache"].insert({"key": "k", "value": '{"text": "unredacted model answer"}'})
    db.conn.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def dashboard_command(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "bot", "--db", str(db), "dashboard", *args]


def environment(token: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "MMBOT_DASHBOARD_TOKEN"}
    env["PYTHONPATH"] = str(REPO)
    if token is not None:
        env["MMBOT_DASHBOARD_TOKEN"] = token
    return env


class Dashboard:
    """`mmbot dashboard` running in a process of its own on a free loopback port."""

    def __init__(self, db: Path, token: str | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            dashboard_command(db, "--port", str(self.port)),
            cwd=db.parent,
            env=environment(token),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.client = httpx.Client(base_url=self.url, timeout=10)
        wait_for(self._answers, timeout=60)

    def _answers(self) -> bool:
        if self.process.poll() is not None:
            raise AssertionError(f"the dashboard exited: {self.process.stdout.read()}")  # type: ignore[union-attr]
        try:
            return self.client.get("/-/versions.json").status_code in (200, 302, 403)
        except httpx.TransportError:
            return False

    def sql(self, query: str, **headers: str) -> httpx.Response:
        return self.client.get(
            f"/{DATABASE}.json", params={"sql": query, "_shape": "objects"}, headers=headers
        )

    def stop(self) -> None:
        self.client.close()
        self.process.terminate()
        self.process.wait(timeout=20)


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dashboard") / "mmbot.db"
    seed(path)
    return path


@pytest.fixture(scope="module")
def dashboard(database: Path) -> Iterator[Dashboard]:
    running = Dashboard(database)
    yield running
    running.stop()


def audit_count(path: Path) -> int:
    db = open_database(path)
    try:
        return db.execute("select count(*) from audit").fetchone()[0]
    finally:
        db.conn.close()


def test_the_dashboard_page_answers_and_names_its_charts(dashboard: Dashboard) -> None:
    page = dashboard.client.get(f"/-/dashboards/{DASHBOARD}")
    assert page.status_code == 200
    for slug, chart in CHARTS.items():
        assert chart["title"] in page.text
        assert f"renderChart('{slug}'" in page.text
    listing = dashboard.client.get("/-/dashboards")
    assert listing.status_code == 200 and f"/-/dashboards/{DASHBOARD}" in listing.text


def test_each_chart_has_a_page_of_its_own(dashboard: Dashboard) -> None:
    for slug, chart in CHARTS.items():
        page = dashboard.client.get(f"/-/dashboards/{DASHBOARD}/{slug}")
        assert page.status_code == 200, slug
        assert chart["title"] in page.text


@pytest.mark.parametrize("slug", sorted(EXPECTED))
def test_each_chart_query_gives_the_figures_of_the_seeded_database(
    dashboard: Dashboard, slug: str
) -> None:
    response = dashboard.sql(CHARTS[slug]["query"])
    assert response.status_code == 200, response.text
    rows = response.json()["rows"]
    assert rows == [pytest.approx(row) for row in EXPECTED[slug]]


def test_every_chart_is_checked() -> None:
    assert set(EXPECTED) == set(CHARTS)


def test_writes_are_refused_and_nothing_changes(dashboard: Dashboard, database: Path) -> None:
    before = audit_count(database)
    for statement in (
        "insert into audit (ts, action, status) values ('x', 'y', 'z')",
        "delete from audit",
        "update audit set status = 'ok'",
        "pragma query_only = 0",
        "attach database 'other.db' as other",
    ):
        response = dashboard.sql(statement)
        assert response.status_code == 400, statement
        assert response.json()["ok"] is False
    inserted = dashboard.client.post(
        f"/{DATABASE}/audit/-/insert", json={"row": {"ts": "x", "action": "y", "status": "z"}}
    )
    assert inserted.status_code >= 400
    assert audit_count(database) == before


def test_the_connection_itself_cannot_write(database: Path) -> None:
    """Below Datasette's SELECT-only check: its own write path hits a read-only file."""
    datasette = build_datasette(database)
    served = datasette.get_database(DATABASE)
    before = audit_count(database)
    with pytest.raises(Exception, match=r"readonly|not authorized"):
        asyncio.run(
            served.execute_write("insert into audit (ts, action, status) values ('x', 'y', 'z')")
        )
    assert audit_count(database) == before


def test_tables_outside_the_dashboard_cannot_be_read(dashboard: Dashboard) -> None:
    """The job queue keeps prompts as typed and the cache keeps model answers unredacted."""
    for table in ("jobs", "cache", "events"):
        assert dashboard.client.get(f"/{DATABASE}/{table}").status_code == 403
        response = dashboard.sql(f"select * from {table}")
        assert response.status_code == 400 and response.json()["rows"] == []
    assert "Ann" not in dashboard.sql("select * from jobs").text
    assert dashboard.client.get(f"/{DATABASE}/audit.json").status_code == 200
    assert dashboard.client.get(f"/{DATABASE}.db").status_code in (403, 404)


def test_loopback_addresses() -> None:
    assert all(
        is_loopback(host) for host in ("127.0.0.1", "127.0.0.9", "::1", "[::1]", "localhost")
    )
    assert not any(is_loopback(host) for host in ("0.0.0.0", "::", "192.168.1.20", "10.0.0.1"))


def test_a_non_loopback_address_without_a_token_is_refused(database: Path) -> None:
    port = free_port()
    done = subprocess.run(
        dashboard_command(database, "--host", "0.0.0.0", "--port", str(port)),
        env=environment(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "will not listen on 0.0.0.0 without a token" in done.stderr
    assert "MMBOT_DASHBOARD_TOKEN" in done.stderr
    with socket.socket() as sock:
        assert sock.connect_ex(("127.0.0.1", port)) != 0


def test_a_short_token_is_refused(database: Path) -> None:
    done = subprocess.run(
        dashboard_command(database, "--host", "0.0.0.0", "--port", str(free_port())),
        env=environment("short"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "token is too short" in done.stderr
    assert "short" not in done.stderr.replace("too short", "")


def test_with_a_token_only_its_holder_gets_in(database: Path) -> None:
    token = secrets.token_urlsafe(24)
    running = Dashboard(database, token=token)
    try:
        client = running.client
        page = f"/-/dashboards/{DASHBOARD}"
        assert client.get(page).status_code == 302
        assert client.get(page).headers["location"] == "/-/login"
        assert running.sql("select 1").status_code == 403
        assert (
            running.sql("select 1", authorization="Bearer wrong-token-wrong-token").status_code
            == 403
        )
        bearer = {"authorization": f"Bearer {token}"}
        assert client.get(page, headers=bearer).status_code == 200
        assert running.sql(CHARTS["jobs-total"]["query"], **bearer).json()["rows"] == [{"jobs": 7}]

        # a browser signs in once on the form and then holds a signed cookie
        form = client.get("/-/login")
        assert form.status_code == 200
        csrf = re.search(r'name="csrftoken" value="([^"]+)"', form.text).group(1)  # type: ignore[union-attr]
        wrong = client.post("/-/login", data={"token": "not-the-token-at-all", "csrftoken": csrf})
        assert wrong.status_code == 403 and "ds_actor" not in client.cookies
        signed_in = client.post("/-/login", data={"token": token, "csrftoken": csrf})
        assert signed_in.status_code == 302 and signed_in.headers["location"] == page
        assert "ds_actor" in client.cookies
        assert client.get(page).status_code == 200
        assert running.sql("select count(*) as n from results").json()["rows"] == [{"n": 4}]
    finally:
        running.stop()
    output = running.process.stdout.read()  # type: ignore[union-attr]
    assert token not in output
    assert "sign in at" in output


def test_no_database_is_refused_and_none_is_created(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.db"
    done = subprocess.run(
        dashboard_command(missing, "--port", str(free_port())),
        env=environment(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert f"there is no database at {missing}" in done.stderr
    assert not missing.exists()
