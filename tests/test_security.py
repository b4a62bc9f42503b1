"""Security, end to end through the loopback Slack workspace: who may talk to the bot, where
the bot token may go, who may do what, and that no secret ever comes back out."""

import hashlib
import hmac
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.parse
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.config import parse_settings
from bot.errors import InputError
from bot.jobs import JobSpec, SqlJobQueue
from bot.sandbox import SECRET_MARKER, sandbox_secret
from bot.sandbox.loopback import LoopbackHandler, LoopbackServer
from bot.sandbox.openai_server import Fault, OpenAISandbox
from bot.sandbox.slack_server import SlackSandbox
from bot.serve import BackgroundService
from bot.slack import files as slack_files
from storage.db import open_database
from tests.secret_scan import contains_secret, scan_tree
from tests.waiting import wait_for

GENERAL = "C0GENERAL"
FINANCE = "C0FINANCE"  # only `describe` may run here
REPO = Path(__file__).parents[1]


def settings_for(sandbox: SlackSandbox, *, admins: list[str] | None = None, **more: Any):
    return parse_settings(
        {
            "slack": sandbox.slack_settings(mode="http", admins=admins or []),
            "jobs": {"workers": 1, "heartbeat_seconds": 0.5},
            "channels": {
                GENERAL: {"auto": {"image": "fingerprint"}},
                FINANCE: {"auto": {"image": "describe"}, "allowed_skills": ["describe"]},
            },
            **more,
        }
    )


@pytest.fixture
def workspace():
    with SlackSandbox() as sandbox:
        sandbox.add_user("U0CAROL", "carol", "Carol Example")  # a member, not an admin
        yield sandbox


@pytest.fixture
def bot(workspace, fake_plugin, tmp_path):
    with BackgroundService(settings_for(workspace), str(tmp_path / "bot.db")) as service:
        workspace.app_url = service.url
        yield service




def answers(workspace: SlackSandbox, channel: str, message: dict) -> list[dict]:
    return [m for m in workspace.replies(channel, message["ts"]) if m.get("metadata")]


def jobs_in(service: BackgroundService) -> list[dict]:
    return list(open_database(service.service.db_path).query("select * from jobs order by id"))


def ephemeral_replies(workspace: SlackSandbox) -> list[str]:
    """What the bot answered through `response_url` (ephemeral unless it says otherwise)."""
    return [call.get("text", "") for call in workspace.method_calls("response_url")]


def click_cancel(workspace: SlackSandbox, job_id: int, user: str, **signing: Any):
    return workspace.interact(
        {
            "type": "block_actions",
            "user": {"id": user},
            "channel": {"id": GENERAL},
            "response_url": f"{workspace.origin}/response/{user}",
            "trigger_id": "t.1",
            "actions": [{"action_id": "cancel_job", "value": str(job_id), "type": "button"}],
        },
        **signing,
    )


def running_job(workspace: SlackSandbox, service: BackgroundService, png: Path) -> int:
    """Alice's job, running (it pretends to work for 20 s), with its Cancel button shown."""
    message, _ = workspace.drop_file(
        GENERAL, "U0ALICE", "a.png", png.read_bytes(), text="fingerprint sleep=20"
    )
    wait_for(lambda: [m for m in workspace.replies(GENERAL, message["ts"]) if m.get("blocks")])
    return wait_for(lambda: [j for j in jobs_in(service) if j["status"] == "running"])[0]["id"]


# -- 1. forged and replayed requests --------------------------------------------------------

FORGED = {"signature": "v0=" + "0" * 64}
STALE = {"age_seconds": 301}


def test_forged_or_stale_slash_commands_are_refused_and_change_nothing(workspace, bot, png):
    message, _ = workspace.drop_file(GENERAL, "U0ALICE", "a.png", png.read_bytes())
    wait_for(lambda: answers(workspace, GENERAL, message))
    for signing in (FORGED, STALE):
        refused = workspace.slash("forget me", channel=GENERAL, user="U0ALICE", **signing)
        assert refused.status == 401
        assert "deleted" not in refused.body
        assert len(jobs_in(bot)) == 1
    workspace.slash("fingerprint", channel=GENERAL, user="U0ALICE", **FORGED)
    assert len(jobs_in(bot)) == 1
    # The same command, properly signed and on time, does act: the refusals were the check.
    assert "deleted" in workspace.slash("forget me", channel=GENERAL, user="U0ALICE").body
    assert jobs_in(bot) == []


def test_forged_or_stale_button_clicks_are_refused_and_the_job_runs_on(workspace, bot, png):
    job_id = running_job(workspace, bot, png)
    assert click_cancel(workspace, job_id, "U0ALICE", **FORGED).status == 401
    assert click_cancel(workspace, job_id, "U0ALICE", **STALE).status == 401
    signed_by_someone_else = workspace.signing_secret[::-1]
    forged = workspace.interact(
        {"type": "block_actions", "user": {"id": "U0ALICE"}, "actions": []},
        signature=_signature(signed_by_someone_else, int(time.time()), b"anything"),
    )
    assert forged.status == 401
    time.sleep(0.5)
    assert jobs_in(bot)[0]["status"] == "running"
    assert ephemeral_replies(workspace) == []
    assert click_cancel(workspace, job_id, "U0ALICE").status == 200
    wait_for(lambda: jobs_in(bot)[0]["status"] == "cancelled", timeout=15)


def test_a_replayed_request_is_refused_once_its_timestamp_is_over_five_minutes_old(workspace, bot):
    """Each request is first delivered as Slack sent it, 298 s old and accepted; the very same
    bytes with the same timestamp and signature, sent again seconds later, are refused."""
    event_body, event_headers = workspace.event_request(
        {"type": "message", "channel": GENERAL, "user": "U0ALICE", "text": "hi", "ts": "5.0"}
    )
    form = {"payload": json.dumps({"type": "block_actions", "user": {"id": "U0ALICE"}})}
    interaction_body = urllib.parse.urlencode(form).encode()
    command_body = urllib.parse.urlencode(
        {
            "command": "/mm",
            "text": "usage",
            "user_id": "U0ALICE",
            "channel_id": GENERAL,
            "team_id": workspace.workspace.team,
            "trigger_id": "t.9",
        }
    ).encode()
    form_type = {"content-type": "application/x-www-form-urlencoded"}
    requests = [
        (event_body, event_headers),
        (command_body, form_type),
        (interaction_body, form_type),
    ]
    stamp = int(time.time()) - 298
    first = [workspace.deliver(body, headers, timestamp=stamp) for body, headers in requests]
    assert [d.status for d in first] == [200, 200, 200]
    assert "last 30 days" in first[1].body
    wait_for(lambda: time.time() - stamp > 301.5, timeout=10)
    replayed = [workspace.deliver(body, headers, timestamp=stamp) for body, headers in requests]
    assert [d.status for d in replayed] == [401, 401, 401]
    assert "This month" not in replayed[1].body


def _signature(secret: str, stamp: int, body: bytes) -> str:
    digest = hmac.new(secret.encode(), f"v0:{stamp}:".encode() + body, hashlib.sha256)
    return "v0=" + digest.hexdigest()


# -- 2. the bot token goes only to Slack's file hosts ---------------------------------------

SLACK = slack_files.allowed_hosts("https://slack.com/api/")
SANDBOX = slack_files.allowed_hosts("http://127.0.0.1:8123/api/")


@pytest.mark.parametrize(
    ("url", "hosts"),
    [
        ("https://files.slack.com.evil.test/files-pri/T1-F1/a.png", SLACK),
        ("https://evil.test/files.slack.com/a.png", SLACK),
        ("https://files.slack.com@evil.test/a.png", SLACK),
        ("https://evil.test@files.slack.com/a.png", SLACK),
        ("https://evil.test\\@files.slack.com/a.png", SLACK),
        ("https://files.slack.com\\@evil.test/a.png", SLACK),
        ("http://files.slack.com/files-pri/T1-F1/a.png", SLACK),
        ("https://files.slack.com:8443/files-pri/T1-F1/a.png", SLACK),
        ("https://files.slack.com./a.png", SLACK),
        ("https://files%2eslack.com/a.png", SLACK),
        ("https://files.slack.com%2eevil.test/a.png", SLACK),
        ("https://files.slack.com\t.evil.test/a.png", SLACK),
        ("https://filés.slack.com/a.png", SLACK),
        ("https://127.0.0.1/a.png", SLACK),
        ("https://[::1]/a.png", SLACK),
        ("https://0x7f000001/a.png", SLACK),
        ("https://169.254.169.254/latest/meta-data/", SLACK),
        ("https://slack.com/api/files.info", SLACK),
        ("ftp://files.slack.com/a.png", SLACK),
        ("files.slack.com/a.png", SLACK),
        ("", SLACK),
        ("http://127.0.0.1:6379/", SANDBOX),
        ("https://127.0.0.1:8123/files/F1/a.png", SANDBOX),
        ("http://localhost:8123/files/F1/a.png", SANDBOX),
        ("http://x@127.0.0.1:8123/files/F1/a.png", SANDBOX),
    ],
)
def test_a_file_url_off_slacks_file_hosts_is_refused_without_a_request(
    url: str, hosts: tuple[str, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    requested: list[str] = []
    monkeypatch.setattr(httpx, "stream", lambda *args, **kwargs: requested.append(args[1]))
    file = {"id": "F1", "name": "a.png", "size": 10, "url_private_download": url}
    with pytest.raises(InputError, match=r"^refusing to fetch a\.png from "):
        slack_files.download(file, tmp_path, "xoxb-token", hosts, 1)
    assert requested == []


@pytest.mark.parametrize(
    ("url", "hosts"),
    [
        ("https://files.slack.com/files-pri/T1-F1/a.png?download=1", SLACK),
        ("https://FILES.SLACK.COM/files-pri/T1-F1/photo%402x.png", SLACK),
        ("https://files.slack.com:443/files-pri/T1-F1/a.png", SLACK),
        ("https://files-edu.slack.com/files-pri/T1-F1/a.png", SLACK),
        ("http://127.0.0.1:8123/files/F1/a.png", SANDBOX),
    ],
)
def test_a_file_url_on_slacks_file_hosts_is_allowed(url: str, hosts: tuple[str, ...]) -> None:
    slack_files.check_url(url, hosts)


class _Elsewhere(LoopbackServer):
    """Another server on this machine: records any request, as an attacker's would."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str]] = []
        super().__init__(_Recorder)


class _Recorder(LoopbackHandler):
    state: _Elsewhere

    def do_GET(self) -> None:
        self.state.requests.append((self.path, self.headers.get("authorization") or ""))
        self._send(200, b"stolen", "image/png")


@pytest.fixture
def elsewhere():
    with _Elsewhere() as server:
        yield server


def test_file_urls_from_an_event_or_files_info_that_point_elsewhere_get_no_token(
    workspace, bot, png, elsewhere
):
    """The address is on the sandbox's own host, 127.0.0.1, but on another port."""
    stolen = f"{elsewhere.origin}/files/steal.png"
    message, _ = workspace.drop_file(GENERAL, "U0ALICE", "a.png", png.read_bytes(), send=False)
    for file in message["files"]:
        file["url_private"] = file["url_private_download"] = stolen
    workspace.send_event({**message, "type": "message", "channel": GENERAL})
    from_event = wait_for(lambda: answers(workspace, GENERAL, message))
    # A Slack Connect share: the event has ids only, and files.info answers the address.
    shared, _ = workspace.drop_file(
        GENERAL, "U0ALICE", "b.png", png.read_bytes(), slack_connect=True, send=False
    )
    hosted = workspace.workspace.files[shared["files"][0]["id"]]
    hosted["url_private"] = hosted["url_private_download"] = stolen
    workspace.send_event({**shared, "type": "message", "channel": GENERAL})
    from_files_info = wait_for(lambda: answers(workspace, GENERAL, shared))
    assert workspace.method_calls("files.info")
    assert "refusing to fetch a.png from 127.0.0.1" in from_event[0]["text"]
    assert "refusing to fetch b.png from 127.0.0.1" in from_files_info[0]["text"]
    assert elsewhere.requests == []
    assert workspace.downloads == 0


def test_a_file_host_redirecting_elsewhere_is_not_followed(workspace, bot, png, elsewhere):
    workspace.files_redirect_to = elsewhere.origin
    message, _ = workspace.drop_file(GENERAL, "U0ALICE", "a.png", png.read_bytes())
    answer = wait_for(lambda: answers(workspace, GENERAL, message))
    assert "Slack answered 302 for a.png" in answer[0]["text"]
    assert workspace.downloads == 1
    assert elsewhere.requests == []


# -- 3. secrets stay secret -----------------------------------------------------------------


def test_a_provider_error_that_repeats_the_api_key_reaches_neither_slack_nor_the_audit_log(
    workspace, fake_plugin, png, tmp_path
):
    key = sandbox_secret("sk-")
    with OpenAISandbox(api_key=key) as models:
        models.echo_key_in_errors = True
        models.fail_next(*[Fault.server_error()] * 10)
        echoed = httpx.post(
            f"{models.base_url}/chat/completions", headers={"authorization": f"Bearer {key}"}
        )
        assert key in echoed.text  # the error really carries the key
        provider = {
            "kind": "openai",
            "base_url": models.base_url,
            "api_key": key,
            "models": {"chat": "sandbox-chat"},
            "max_retries": 1,
        }
        settings = settings_for(
            workspace, providers={"sandbox": provider}, routing={"chat": ["sandbox"]}
        )
        with BackgroundService(settings, str(tmp_path / "bot.db")) as service:
            workspace.app_url = service.url
            message, _ = workspace.drop_file(
                GENERAL, "U0ALICE", "a.png", png.read_bytes(), text="fingerprint ask=yes"
            )
            answer = wait_for(lambda: answers(workspace, GENERAL, message))
            wait_for(lambda: jobs_in(service) and jobs_in(service)[0]["status"] == "failed")
    assert models.chat_requests()[-1].body  # the bot did reach the provider and got the error
    assert "No chat model could answer" in answer[0]["text"]
    said = [m for messages in workspace.workspace.messages.values() for m in messages]
    assert not contains_secret(said)
    assert not contains_secret(workspace.workspace.ephemeral)
    db = open_database(tmp_path / "bot.db")
    audit = list(db.query("select * from audit"))
    assert any(row["action"] == "provider.call" and row["status"] != "ok" for row in audit)
    assert not contains_secret(audit)
    assert not contains_secret(jobs_in(service))


@pytest.mark.parametrize("processes", ["0", "2"], ids=["one process", "xdist workers"])
def test_the_secret_scan_fails_a_run_that_leaks_and_says_where(processes: str) -> None:
    """The scan plugin itself, run on a small suite of its own, in one process and in
    pytest-xdist workers: a passing test that leaks a sandbox secret into a log, a file, a
    database, a Slack message and its output fails the run; the same suite with no leak
    passes."""
    suite = textwrap.dedent(
        """
        import logging, os, sqlite3, sys
        from slack_sdk import WebClient
        from bot.sandbox import sandbox_secret
        from bot.sandbox.slack_server import SlackSandbox

        LEAK = os.environ["LEAK"] == "yes"

        def test_everything_works(tmp_path):
            secret = sandbox_secret("xoxb-") if LEAK else "nothing to see"
            logging.getLogger("bot.worker").warning("job failed: token=%s", secret)
            (tmp_path / "out.txt").write_text("answer " + secret)
            db = sqlite3.connect(tmp_path / "bot.db")
            db.execute("pragma journal_mode=wal")
            db.execute("create table audit (detail text)")
            db.execute("insert into audit values (?)", ["error " + secret])
            db.commit()
            with SlackSandbox() as slack:
                client = WebClient(token=slack.bot_token, base_url=slack.api_url)
                client.chat_postMessage(channel="C1", text="done " + secret)
            print("finished", secret, file=sys.stderr)
        """
    )
    outside = Path(tempfile.mkdtemp(prefix="secret-scan-suite-"))  # not under our basetemp
    try:
        (outside / "test_suite.py").write_text(suite)
        runs = {}
        for leak in ("yes", "no"):
            runs[leak] = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "pytest",
                    "-q",
                    "-p",
                    "tests.secret_scan",
                    "-p",
                    "no:cacheprovider",
                    "-n",
                    processes,
                    "--rootdir",
                    str(outside),
                    "--basetemp",
                    str(outside / f"basetemp-{leak}"),
                    str(outside),
                ],
                env={**os.environ, "PYTHONPATH": str(REPO), "LEAK": leak},
                capture_output=True,
                text=True,
                timeout=120,
                cwd=outside,
            )
        leaked_files = scan_tree(outside / "basetemp-yes")
    finally:
        shutil.rmtree(outside, ignore_errors=True)
    leaked, clean = runs["yes"], runs["no"]
    assert clean.returncode == 0, clean.stdout[-2000:]
    assert "1 passed" in leaked.stdout and leaked.returncode == 1, leaked.stdout[-2000:]
    report = leaked.stdout[leaked.stdout.index("secret scan") :]
    for where in (
        "log record bot.worker WARNING (during test_suite.py::test_everything_works)",
        "Slack sandbox received it in chat.postMessage (during test_suite.py",
        "output: Captured stderr call (during test_suite.py::test_everything_works)",
        "out.txt",
        "bot.db: audit.detail",
    ):
        assert where in report, report
    assert report.count("output: Captured stderr call") == 1  # once, however many processes
    assert SECRET_MARKER not in leaked.stdout + leaked.stderr  # where, never what
    assert any(path.endswith("out.txt") for path in leaked_files)


# -- 4. allowlists and admins ----------------------------------------------------------------


def test_a_skill_not_allowed_in_a_channel_never_runs_however_it_is_asked_for(workspace, bot, png):
    """FINANCE allows only `describe`; `fingerprint` is asked for by a drop's words, a
    mention, the slash command and the shortcut's modal."""
    dropped, _ = workspace.drop_file(
        FINANCE, "U0ALICE", "a.png", png.read_bytes(), text="fingerprint", mimetype="image/png"
    )
    plain, _ = workspace.drop_file(
        FINANCE, "U0ALICE", "b.png", png.read_bytes(), mimetype="image/png", send=False
    )
    _, mentioned = workspace.mention(FINANCE, "U0ALICE", "fingerprint", thread_ts=plain["ts"])
    command = workspace.slash("fingerprint", channel=FINANCE, user="U0ALICE")
    submitted = workspace.interact(
        {
            "type": "view_submission",
            "user": {"id": "U0ALICE"},
            "view": {
                "id": "V0SHORTCUT",
                "type": "modal",
                "callback_id": "mmbot_run",
                "private_metadata": json.dumps(
                    {
                        "channel": FINANCE,
                        "ts": plain["ts"],
                        "thread_ts": plain["ts"],
                        "files": plain["files"],
                    }
                ),
                "state": {
                    "values": {
                        "skill": {"skill": {"selected_option": {"value": "fingerprint"}}},
                        "words": {"words": {"value": ""}},
                    }
                },
            },
        }
    )
    assert (mentioned.status, command.status, submitted.status) == (200, 200, 200)
    assert "`fingerprint` is not allowed in this channel (allowed: describe)" in command.body
    refused = "fingerprint is not allowed in this channel (allowed: describe)"
    wait_for(lambda: len([m for m in answers(workspace, FINANCE, plain)]) == 2)
    for reply in answers(workspace, FINANCE, dropped) + answers(workspace, FINANCE, plain):
        assert refused in reply["text"]
    wait_for(lambda: all(job["status"] == "failed" for job in jobs_in(bot)))
    assert [job["source"] for job in jobs_in(bot)] == ["file_share", "mention", "shortcut"]
    said = str(workspace.workspace.messages[FINANCE])
    assert "fingerprinted" not in said and "digests.txt" not in said


def test_digest_and_settings_are_for_admins_whom_slack_names_when_none_are_configured(
    workspace, bot
):
    """No `[slack] admins`: Bob is the workspace's admin (users.info), Carol a member. A
    reply that is plain text, not JSON with `"response_type": "in_channel"`, is ephemeral."""
    for words in ("digest now", "settings"):
        refused = workspace.slash(words, channel=FINANCE, user="U0CAROL")
        assert refused.status == 200
        assert refused.body == (
            f"Sorry, only admins can use `/mm {words}`; ask a workspace admin or owner."
        )
    digest = json.loads(workspace.slash("digest now", channel=FINANCE, user="U0BOB").body)
    assert digest["response_type"] == "in_channel"
    shown = workspace.slash("settings", channel=FINANCE, user="U0BOB").body
    assert shown.startswith(f"*mmbot settings for <#{FINANCE}>*")
    assert "Allowed skills: `describe`" in shown
    assert "image → `describe`" in shown
    assert "workspace admins and owners" in shown
    assert not contains_secret(shown) and "xoxb" not in shown
    asked = [call["user"] for call in workspace.method_calls("users.info")]
    assert sorted(asked) == ["U0BOB", "U0CAROL"]  # each asked once, then remembered


def test_the_configured_admins_are_the_only_admins(workspace, fake_plugin, tmp_path):
    settings = settings_for(workspace, admins=["U0CAROL"])
    with BackgroundService(settings, str(tmp_path / "bot.db")) as service:
        workspace.app_url = service.url
        by_carol = workspace.slash("settings", channel=GENERAL, user="U0CAROL")
        by_bob = workspace.slash("digest now", channel=GENERAL, user="U0BOB")
    assert "Admins: <@U0CAROL>" in by_carol.body
    assert "only admins can use `/mm digest now`; ask <@U0CAROL>" in by_bob.body
    assert workspace.method_calls("users.info") == []


def test_admins_must_be_slack_user_ids() -> None:
    from bot.errors import ConfigError

    with pytest.raises(ConfigError, match=r"slack\.admins: .*'alice' is not a Slack user id"):
        parse_settings({"slack": {"admins": ["alice"]}})


# -- 5. one user's jobs are theirs -----------------------------------------------------------


def test_only_the_jobs_user_or_an_admin_can_cancel_it(workspace, bot, png):
    job_id = running_job(workspace, bot, png)
    assert click_cancel(workspace, job_id, "U0CAROL").status == 200
    wait_for(lambda: ephemeral_replies(workspace))
    assert ephemeral_replies(workspace) == ["Only <@U0ALICE> or an admin can cancel this job."]
    assert workspace.method_calls("response_url")[0]["response_type"] == "ephemeral"
    time.sleep(1)
    assert jobs_in(bot)[0]["status"] == "running"
    assert click_cancel(workspace, job_id, "U0BOB").status == 200  # the workspace admin
    wait_for(lambda: jobs_in(bot)[0]["status"] == "cancelled", timeout=15)
    assert ephemeral_replies(workspace)[-1] == "Cancelling."


def test_the_queue_cancels_only_the_owners_job_when_told_the_owner(db) -> None:
    queue = SqlJobQueue(db)
    job_id, _ = queue.enqueue(JobSpec("k1", "describe", "file_share", user="U0ALICE"))
    assert queue.cancel(job_id, owner="U0CAROL") == "queued"
    assert queue.cancel(job_id, owner="U0ALICE") == "cancelled"
    other, _ = queue.enqueue(JobSpec("k2", "describe", "file_share", user="U0ALICE"))
    assert queue.cancel(other) == "cancelled"  # no owner given: an admin's cancel


def test_app_home_shows_only_the_callers_own_jobs(workspace, bot, png) -> None:
    message, _ = workspace.drop_file(GENERAL, "U0ALICE", "secret-plan.png", png.read_bytes())
    wait_for(lambda: answers(workspace, GENERAL, message))
    for user in ("U0CAROL", "U0ALICE"):
        workspace.send_event({"type": "app_home_opened", "user": user, "tab": "home"})
    homes = wait_for(lambda: len(workspace.workspace.views) == 2 and workspace.workspace.views)
    by_user = {view["user_id"]: json.dumps(view["blocks"]) for view in homes}
    assert "No jobs yet" in by_user["U0CAROL"]
    assert f"in <#{GENERAL}> \\u2014" not in by_user["U0CAROL"]
    assert f"in <#{GENERAL}> \\u2014" in by_user["U0ALICE"]
    assert "No jobs yet" not in by_user["U0ALICE"]
