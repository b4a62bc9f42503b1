"""The command line: `mmbot run` and the inspection commands, as a user types them."""

import json
import re
from pathlib import Path

from click.testing import CliRunner

from bot.cli import cli, main
from bot.workdirs import metrics_dir, root_for
from storage.audit import AuditLog
from storage.db import open_database


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def run_main(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.argv", ["mmbot", *args])
    try:
        main()
        code = 0
    except SystemExit as exit:
        code = exit.code or 0
    out = capsys.readouterr()
    return code, out.out, out.err


def test_run_json_has_the_promised_shape(fake_plugin, png: Path, wav: Path, tmp_path: Path):
    result = invoke(
        "run",
        str(png),
        str(wav),
        "--skill",
        "fingerprint",
        "-o",
        "upper=yes",
        "--ask",
        "why?",
        "--json",
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert set(out) == {"skill", "files", "data", "text", "warnings", "attachments"}
    assert [f["kind"] for f in out["files"]] == ["image", "audio"]
    assert out["data"]["digests"]["photo.png"].isupper()
    assert out["text"] == "2 file(s) fingerprinted: why?"
    assert out["warnings"] == ["fingerprints are not signatures"]
    attachment = Path(out["attachments"][0]["path"])
    assert attachment.read_text().count("\n") == 1
    assert attachment.is_relative_to(tmp_path / "mmbot-output")


def test_run_is_audited_and_stored(fake_plugin, png: Path, tmp_path: Path):
    assert invoke("run", str(png), "--skill", "fingerprint").exit_code == 0
    db = open_database(tmp_path / "mmbot.db")
    [row] = AuditLog(db).recent()
    assert (row["action"], row["status"], row["skill"]) == ("skill.run", "ok", "fingerprint")
    assert row["latency_ms"] >= 0
    [stored] = list(db["results"].rows)
    assert json.loads(stored["data"])["kinds"] == ["image"]


def test_bad_option_names_the_option(fake_plugin, png, monkeypatch, capsys):
    code, _, err = run_main(
        monkeypatch, capsys, "run", str(png), "-s", "fingerprint", "-o", "algorithm=crc32"
    )
    assert code == 1
    assert (
        err.strip()
        == "mmbot: option algorithm of fingerprint must be one of sha256, md5, not 'crc32'"
    )
    code, _, err = run_main(
        monkeypatch, capsys, "run", str(png), "-s", "fingerprint", "-o", "colour=red"
    )
    assert "fingerprint has no option 'colour' (its options: algorithm, upper, fail, sleep, ask)" in err


def test_skill_failure_is_one_line_and_audited_redacted(
    fake_plugin, png, monkeypatch, capsys, tmp_path
):
    code, out, err = run_main(
        monkeypatch, capsys, "run", str(png), "-s", "fingerprint", "-o", "fail=true"
    )
    assert (code, out) == (1, "")
    assert err == "mmbot: asked to fail; mail ann@example.com for help\n"
    [row] = AuditLog(open_database(tmp_path / "mmbot.db")).recent()
    assert row["status"] == "failed"
    assert row["detail"] == "asked to fail; mail [EMAIL] for help"


def test_unusable_files_are_refused_with_a_reason(fake_plugin, tmp_path, monkeypatch, capsys):
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    text = tmp_path / "notes.png"
    text.write_text("not a picture")
    for path, reason in (
        (empty, "empty.png is empty (0 bytes)"),
        (text, "notes.png is not an image, PDF, audio or video file that mmbot can read"),
        (tmp_path / "missing.jpg", "missing.jpg: no such file"),
    ):
        code, _, err = run_main(monkeypatch, capsys, "run", str(path), "-s", "fingerprint")
        assert (code, err) == (1, f"mmbot: {reason}\n")


def test_too_many_files_and_missing_skill(fake_plugin, png, monkeypatch, capsys):
    code, _, err = run_main(monkeypatch, capsys, "run", *[str(png)] * 4, "-s", "fingerprint")
    assert err == "mmbot: fingerprint takes at most 3 files, got 4\n"
    code, _, err = run_main(monkeypatch, capsys, "run", str(png), "-s", "nosuch")
    assert code == 1
    assert err.startswith("mmbot: there is no skill 'nosuch' (installed skills: ")
    assert "fingerprint" in err


def test_redact_command_reads_stdin():
    result = invoke("redact", "--json", input="mail bob@example.com\n")
    assert json.loads(result.output) == {
        "text": "mail [EMAIL]\n",
        "spans": [{"start": 5, "end": 20, "type": "EMAIL"}],
    }
    assert invoke("redact", input="Total 12.00 on 2026-03-01").output == "Total 12.00 on 2026-03-01"


def test_audit_filters_and_json(tmp_path):
    log = AuditLog(open_database(tmp_path / "mmbot.db"))
    log.record(action="skill.run", user="U1", channel="C1", skill="invoice", status="ok")
    log.record(action="skill.run", user="U2", channel="C1", skill="meeting", status="failed")
    rows = [
        json.loads(line)
        for line in invoke("audit", "--json", "--channel", "C1").output.splitlines()
    ]
    assert [r["user"] for r in rows] == ["U2", "U1"]
    rows = [
        json.loads(line)
        for line in invoke("audit", "--json", "--status", "failed").output.splitlines()
    ]
    assert [r["skill"] for r in rows] == ["meeting"]
    assert invoke("audit", "--since", "1h", "--user", "U3").output == "no audit rows match\n"
    assert "skill=invoice" in invoke("audit", "--user", "U1").output


def test_forget_removes_a_person(tmp_path):
    log = AuditLog(open_database(tmp_path / "mmbot.db"))
    log.record(action="skill.run", user="U1")
    log.record(action="skill.run", user="U2")
    output = invoke("forget", "--user", "U1").output
    assert output.startswith("deleted 1 rows about U1")
    assert [r["user"] for r in log.recent()] == ["U2"]


def test_config_check_masks_secrets(tmp_path, monkeypatch):
    monkeypatch.setenv("MY_BOT_TOKEN", "xoxb-1111-2222-abcdefghijklmnop")
    config = tmp_path / "mmbot.toml"
    config.write_text(
        '[slack]\nbot_token = "env:MY_BOT_TOKEN"\nsigning_secret = "s3cr3t-inline-value"\n'
    )
    output = invoke("config", "check", str(config)).output
    assert "xoxb-" not in output and "s3cr3t" not in output
    assert 'bot_token = "env:MY_BOT_TOKEN (set)"' in output
    assert 'signing_secret = "inline value (set)"' in output


def test_config_check_names_the_bad_key(tmp_path, monkeypatch, capsys):
    config = tmp_path / "bad.toml"
    config.write_text("[slack]\nmax_file_mb = 'lots'\n")
    code, _, err = run_main(monkeypatch, capsys, "config", "check", str(config))
    assert code == 1
    assert "slack.max_file_mb: Input should be a valid number (got str 'lots')" in err


def test_manifest_for_http_mode():
    manifest = json.loads(
        invoke("manifest", "--url", "https://bot.example.com/slack/events").output
    )
    assert manifest["settings"]["socket_mode_enabled"] is False
    assert manifest["settings"]["event_subscriptions"]["request_url"].endswith("/slack/events")
    assert manifest["features"]["slash_commands"][0]["command"] == "/mm"
    assert "files:read" in manifest["oauth_config"]["scopes"]["bot"]


def test_providers_lists_capabilities_health_and_routing(tmp_path: Path, monkeypatch):
    from bot.sandbox.openai_server import OpenAISandbox

    monkeypatch.setenv("SANDBOX_KEY", "sk-test-123")
    with OpenAISandbox(api_key="sk-test-123") as server:
        (tmp_path / "mmbot.toml").write_text(
            f"""
            [providers.sandbox]
            kind = "openai"
            base_url = "{server.base_url}"
            api_key = "env:SANDBOX_KEY"
            models = {{ vision = "sandbox-vision", chat = "sandbox-chat" }}

            [providers.gone]
            kind = "openai"
            base_url = "http://127.0.0.1:9/v1"
            models = {{ chat = "whatever" }}
            max_retries = 0

            [routing]
            vision = ["sandbox"]
            chat = ["sandbox", "gone"]
            """.replace("\n            ", "\n")
        )
        shown = invoke("--config", "mmbot.toml", "providers", "--json").stdout
        listed = json.loads(shown)
        text = invoke("--config", "mmbot.toml", "providers").output
    by_name = {row["name"]: row for row in listed["providers"]}
    assert by_name["sandbox"]["healthy"] and by_name["sandbox"]["capabilities"] == ["chat", "vision"]
    assert not by_name["gone"]["healthy"]
    assert "ConnectionDropped" in by_name["gone"]["detail"]
    assert by_name["local-whisper"]["capabilities"] == ["transcribe"]
    assert listed["routing"]["chat"] == ["sandbox", "gone"]
    assert "chat: sandbox → gone" in text
    assert "sk-test-123" not in text


def test_providers_without_configuration_say_what_is_missing():
    text = invoke("providers").output
    assert "vision: no model configured" in text
    assert "transcribe: local-whisper" in text


def test_demo_says_which_files_were_unanswered_when_it_stopped_waiting():
    result = invoke("demo", "--wait", "1")
    assert result.exit_code == 0
    out = result.output
    threads = out.count("── thread of")
    finished = out.count("reactions on the file: white_check_mark") + out.count(
        "reactions on the file: warning"
    )
    unfinished = out.count("(not finished after 1 s: this machine may be busy)")
    assert threads == 4 and unfinished >= 1 and unfinished + finished == threads


def test_demo_runs_the_whole_bot_offline_and_prints_each_thread():
    result = invoke("demo")
    assert result.exit_code == 0
    out = result.output
    assert "alice dropped receipt.png in" in out and "alice dropped voice-memo.ogg" in out
    assert "receipt.png + receipt-edited.png" in out and "alice dropped standup.mp4" in out
    assert out.count("── thread of") == 4
    assert out.count("reactions on the file: warning") + out.count(
        "reactions on the file: white_check_mark"
    ) == 4
    assert "there is no skill" not in out
    scratch = re.search(r"database in (\S+)", out)[1]
    database = str(Path(scratch) / "demo.db")
    assert not Path(scratch).exists()
    assert not root_for(database).exists() and not metrics_dir(database).exists()
