"""The Slack app end to end: signed requests from a sandbox workspace on loopback, the bot
acking them, worker processes running a real (test-installed) skill, and the answer in
the thread."""

import json
import time
from pathlib import Path

import pytest

from bot.config import parse_settings
from bot.plugins import get_registry
from bot.sandbox.slack_server import SlackSandbox
from bot.serve import BackgroundService
from storage.db import open_database
from tests.bot_process import BotProcess
from tests.waiting import wait_for

CHANNEL = "C0GENERAL"


@pytest.fixture
def workspace():
    with SlackSandbox() as sandbox:
        yield sandbox


def settings_for(sandbox: SlackSandbox, **slack):
    return parse_settings(
        {
            "slack": sandbox.slack_settings(**{"mode": "http", **slack}),
            "storage": {"name_models": False},
            "jobs": {"workers": 1, "heartbeat_seconds": 0.5},
            "channels": {CHANNEL: {"auto": {"image": "fingerprint", "audio": "fingerprint"}}},
        }
    )


@pytest.fixture
def bot(workspace, fake_plugin, tmp_path):
    with BackgroundService(settings_for(workspace), str(tmp_path / "bot.db")) as service:
        workspace.app_url = service.url
        yield service




def answers(workspace: SlackSandbox, message: dict) -> list[dict]:
    """The bot's final answers in the file's thread (not its progress message)."""
    return [m for m in workspace.replies(CHANNEL, message["ts"]) if m.get("metadata")]


def test_a_dropped_file_gets_exactly_one_threaded_answer(workspace, bot, png: Path) -> None:
    message, deliveries = workspace.drop_file(
        CHANNEL, "U0ALICE", "photo.png", png.read_bytes(), mimetype="image/png"
    )
    assert [d.status for d in deliveries] == [200, 200]
    assert all(d.seconds < 3 for d in deliveries)
    answer = wait_for(lambda: answers(workspace, message))
    assert len(answer) == 1
    assert "1 file(s) fingerprinted" in answer[0]["text"]
    wait_for(lambda: "white_check_mark" in workspace.reactions(CHANNEL, message["ts"]))
    assert "eyes" not in workspace.reactions(CHANNEL, message["ts"])
    uploads = [m for m in workspace.replies(CHANNEL, message["ts"]) if m.get("upload")]
    assert [f["name"] for f in uploads[0]["files"]] == ["digests.txt"]
    time.sleep(1)
    assert len(answers(workspace, message)) == 1


def jobs_in(bot) -> list[dict]:
    return list(open_database(bot.service.db_path).query("select * from jobs order by id"))


def test_slack_retries_of_an_event_make_one_job(workspace, bot, png: Path) -> None:
    message, _ = workspace.drop_file(CHANNEL, "U0ALICE", "a.png", png.read_bytes(), send=False)
    event = {**message, "type": "message", "channel": CHANNEL}
    first = workspace.send_event(event, event_id="Ev0RETRIED")
    retries = [workspace.send_event(event, event_id="Ev0RETRIED", retry_num=n) for n in (1, 2, 3)]
    assert [d.status for d in [first, *retries]] == [200, 200, 200, 200]
    wait_for(lambda: answers(workspace, message))
    time.sleep(0.5)
    assert len(jobs_in(bot)) == 1
    assert len(answers(workspace, message)) == 1


def test_the_same_drop_delivered_under_two_event_ids_is_still_one_job(workspace, bot, png):
    message, _ = workspace.drop_file(CHANNEL, "U0ALICE", "a.png", png.read_bytes(), send=False)
    event = {**message, "type": "message", "channel": CHANNEL}
    workspace.send_event(event)
    workspace.send_event(event)
    wait_for(lambda: answers(workspace, message))
    assert len(jobs_in(bot)) == 1


def test_a_bad_signature_or_a_stale_timestamp_is_refused(workspace, bot) -> None:
    event = {
        "type": "app_mention",
        "text": "hi",
        "user": "U0ALICE",
        "ts": "1.0",
        "channel": CHANNEL,
    }
    assert workspace.send_event(event, signature="v0=" + "0" * 64).status == 401
    assert workspace.send_event(event, age_seconds=600).status == 401
    assert jobs_in(bot) == []


def test_events_the_bot_does_not_act_on_still_get_200(workspace, bot) -> None:
    for event in (
        {"type": "reaction_added", "user": "U0ALICE", "reaction": "tada"},
        {"type": "message", "subtype": "message_changed", "channel": CHANNEL, "message": {}},
        {"type": "message", "channel": CHANNEL, "user": "U0ALICE", "text": "hello", "ts": "2.0"},
        {"type": "member_joined_channel", "user": "U0BOB", "channel": CHANNEL},
    ):
        assert workspace.send_event(event).status == 200
    assert jobs_in(bot) == []


def test_an_oversized_file_is_refused_before_download(workspace, fake_plugin, png, tmp_path):
    settings = settings_for(workspace, max_file_mb=0.0001)
    with BackgroundService(settings, str(tmp_path / "bot.db")) as service:
        workspace.app_url = service.url
        message, _ = workspace.drop_file(CHANNEL, "U0ALICE", "big.png", png.read_bytes() * 20)
        answer = wait_for(lambda: answers(workspace, message))
        wait_for(lambda: "warning" in workspace.reactions(CHANNEL, message["ts"]))
    assert "above the 0.0001 MB limit" in answer[0]["text"]
    assert workspace.downloads == 0


def test_a_missing_files_read_scope_is_explained(workspace, bot, png) -> None:
    workspace.files_need_scope = True
    message, _ = workspace.drop_file(CHANNEL, "U0ALICE", "a.png", png.read_bytes())
    answer = wait_for(lambda: answers(workspace, message))
    assert "files:read scope" in answer[0]["text"]


def test_slack_connect_files_are_looked_up_with_files_info(workspace, bot, png) -> None:
    message, _ = workspace.drop_file(
        CHANNEL, "U0ALICE", "shared.png", png.read_bytes(), slack_connect=True
    )
    answer = wait_for(lambda: answers(workspace, message))
    assert "1 file(s) fingerprinted" in answer[0]["text"]
    assert workspace.method_calls("files.info")


def test_a_mention_in_a_files_thread_runs_the_named_skill_with_its_options(workspace, bot, png):
    message, _ = workspace.drop_file(CHANNEL, "U0BOB", "doc.png", png.read_bytes(), send=False)
    _, delivery = workspace.mention(
        CHANNEL, "U0ALICE", "fingerprint upper=yes what are these", thread_ts=message["ts"]
    )
    assert delivery.status == 200
    answer = wait_for(lambda: answers(workspace, message))
    assert "fingerprinted: what are these" in answer[0]["text"]
    upload = wait_for(
        lambda: [m for m in workspace.replies(CHANNEL, message["ts"]) if m.get("upload")]
    )
    digest = workspace.workspace.contents[upload[0]["files"][0]["id"]].decode()
    assert digest.split()[0] == digest.split()[0].upper()


def test_a_skill_failure_is_one_plain_sentence_and_a_warning(workspace, bot, png) -> None:
    message, _ = workspace.drop_file(
        CHANNEL, "U0ALICE", "a.png", png.read_bytes(), text="fingerprint fail=yes"
    )
    answer = wait_for(lambda: answers(workspace, message))
    wait_for(lambda: "warning" in workspace.reactions(CHANNEL, message["ts"]))
    assert answer[0]["text"] == ":warning: asked to fail; mail [EMAIL] for help" or (
        "asked to fail" in answer[0]["text"]
    )


def test_a_provider_failure_shows_a_clear_message_and_a_warning(
    workspace, fake_plugin, png, tmp_path
):
    from bot.sandbox.openai_server import Fault, OpenAISandbox

    with OpenAISandbox() as models:
        models.fail_next(*[Fault.server_error()] * 10)
        settings = settings_for(workspace).model_copy(
            update={
                "providers": {
                    **settings_for(workspace).providers,
                    "sandbox": parse_settings(
                        {
                            "providers": {
                                "sandbox": {
                                    "kind": "openai",
                                    "base_url": models.base_url,
                                    "models": {"chat": "sandbox-chat"},
                                    "max_retries": 1,
                                }
                            }
                        }
                    ).providers["sandbox"],
                },
                "routing": settings_for(workspace).routing.model_copy(update={"chat": ["sandbox"]}),
            }
        )
        with BackgroundService(settings, str(tmp_path / "bot.db")) as service:
            workspace.app_url = service.url
            message, _ = workspace.drop_file(
                CHANNEL, "U0ALICE", "a.png", png.read_bytes(), text="fingerprint ask=yes"
            )
            answer = wait_for(lambda: answers(workspace, message))
            wait_for(lambda: "warning" in workspace.reactions(CHANNEL, message["ts"]))
    assert "No chat model could answer" in answer[0]["text"]
    assert "internal error" in answer[0]["text"]


def test_slash_command_help_and_a_skill_on_the_latest_file(workspace, bot, png) -> None:
    help_reply = workspace.slash("help", channel=CHANNEL, user="U0ALICE")
    assert help_reply.status == 200 and "`fingerprint`" in help_reply.body
    workspace.drop_file(CHANNEL, "U0ALICE", "a.png", png.read_bytes(), send=False)
    reply = workspace.slash("fingerprint algorithm=md5", channel=CHANNEL, user="U0ALICE")
    assert "On it" in reply.body
    top_level = wait_for(
        lambda: [
            m
            for m in workspace.workspace.messages[CHANNEL]
            if m.get("user") == "U0MMBOT" and not m.get("thread_ts")
        ]
    )
    answer = wait_for(
        lambda: [m for m in workspace.replies(CHANNEL, top_level[0]["ts"]) if m.get("metadata")]
    )
    assert "1 file(s) fingerprinted" in answer[0]["text"]


def test_the_cancel_button_stops_a_running_job(workspace, bot, png) -> None:
    message, _ = workspace.drop_file(
        CHANNEL, "U0ALICE", "a.png", png.read_bytes(), text="fingerprint sleep=20"
    )
    progress = wait_for(
        lambda: [
            m
            for m in workspace.replies(CHANNEL, message["ts"])
            if m.get("blocks") and "actions" in str(m["blocks"])
        ]
    )
    job_id = wait_for(lambda: jobs_in(bot))[0]["id"]
    clicked = workspace.interact(
        {
            "type": "block_actions",
            "user": {"id": "U0ALICE"},
            "channel": {"id": CHANNEL},
            "message": progress[0],
            "response_url": f"{workspace.origin}/response/1",
            "trigger_id": "t.1",
            "actions": [{"action_id": "cancel_job", "value": str(job_id), "type": "button"}],
        }
    )
    assert clicked.status == 200
    wait_for(lambda: jobs_in(bot)[0]["status"] == "cancelled", timeout=15)
    assert answers(workspace, message) == []


def test_killing_the_bot_mid_job_and_restarting_it_finishes_the_job_once(
    workspace, fake_plugin, png, tmp_path
) -> None:
    bot = BotProcess.answering(workspace, tmp_path, fake_plugin, CHANNEL).start()
    try:
        message, _ = workspace.drop_file(
            CHANNEL, "U0ALICE", "a.png", png.read_bytes(), text="fingerprint sleep=3"
        )
        wait_for(
            lambda: any(
                "pretending" in str(m.get("text"))
                for m in workspace.replies(CHANNEL, message["ts"])
            )
        )
    finally:
        bot.kill()
    assert answers(workspace, message) == []
    bot.start()
    try:
        answer = wait_for(lambda: answers(workspace, message), timeout=60)
        time.sleep(1.5)
        assert len(answers(workspace, message)) == 1
        assert "1 file(s) fingerprinted" in answer[0]["text"]
        job = next(open_database(bot.db_path).query("select * from jobs"))
        assert (job["status"], job["attempts"]) == ("done", 2)
    finally:
        bot.stop()


def test_the_shortcut_opens_a_modal_whose_submission_runs_the_chosen_skill(workspace, bot, png):
    message, _ = workspace.drop_file(
        CHANNEL, "U0BOB", "a.png", png.read_bytes(), mimetype="image/png", send=False
    )
    opened = workspace.interact(
        {
            "type": "message_action",
            "callback_id": "mmbot_run",
            "trigger_id": "trigger.7",
            "user": {"id": "U0ALICE"},
            "channel": {"id": CHANNEL},
            "message": message,
            "response_url": f"{workspace.origin}/response/7",
        }
    )
    assert opened.status == 200
    modal = wait_for(lambda: [v for v in workspace.workspace.views if v["type"] == "modal"])[0]
    choices = modal["blocks"][0]["element"]["options"]
    skills = get_registry().skills.items()
    for_an_image = sorted(n for n, (s, _) in skills if "image" in s.media and s.min_files == 1)
    assert [o["value"] for o in choices] == for_an_image
    assert {"describe", "fingerprint"} <= set(for_an_image)
    assert not {"compare", "meeting", "translate"} & set(for_an_image)
    submitted = workspace.interact(
        {
            "type": "view_submission",
            "user": {"id": "U0ALICE"},
            "view": {
                "id": modal["id"],
                "type": "modal",
                "callback_id": "mmbot_run",
                "private_metadata": modal["private_metadata"],
                "state": {
                    "values": {
                        "skill": {
                            "skill": {
                                "type": "static_select",
                                "selected_option": {"value": "fingerprint"},
                            }
                        },
                        "words": {"words": {"type": "plain_text_input", "value": "algorithm=md5"}},
                    }
                },
            },
        }
    )
    assert submitted.status == 200
    answer = wait_for(lambda: answers(workspace, message))
    assert "1 file(s) fingerprinted" in answer[0]["text"]


def test_app_home_lists_the_users_recent_jobs(workspace, bot, png) -> None:
    message, _ = workspace.drop_file(CHANNEL, "U0ALICE", "a.png", png.read_bytes())
    wait_for(lambda: answers(workspace, message))
    workspace.send_event({"type": "app_home_opened", "user": "U0ALICE", "tab": "home"})
    home = wait_for(lambda: [v for v in workspace.workspace.views if v["type"] == "home"])[0]
    assert home["user_id"] == "U0ALICE"
    assert f"<#{CHANNEL}>" in str(home["blocks"])


def test_usage_and_forget_me_over_the_slash_command(workspace, bot, png) -> None:
    message, _ = workspace.drop_file(CHANNEL, "U0ALICE", "a.png", png.read_bytes())
    wait_for(lambda: answers(workspace, message))
    wait_for(lambda: jobs_in(bot) and jobs_in(bot)[0]["status"] == "done")
    usage = workspace.slash("usage", channel=CHANNEL, user="U0ALICE")
    assert "in the last 30 days:* 1 job(s), 0 failed" in usage.body
    assert "• `fingerprint`: 1 job(s), 0 failed, p50 " in usage.body
    forgotten = workspace.slash("forget me", channel=CHANNEL, user="U0ALICE")
    assert "deleted" in forgotten.body
    assert jobs_in(bot) == []


def test_a_rate_limited_post_is_retried_after_slacks_retry_after(workspace, bot, png) -> None:
    workspace.fail_next("chat.postMessage", "ratelimited", retry_after=1)
    message, _ = workspace.drop_file(CHANNEL, "U0ALICE", "a.png", png.read_bytes())
    answer = wait_for(lambda: answers(workspace, message))
    assert len(answer) == 1
    posts = workspace.method_calls("chat.postMessage")
    assert len(posts) == 3  # the refused progress message, its retry, the answer


def test_socket_mode_gets_events_over_the_websocket_and_acks_them(
    workspace, fake_plugin, png, tmp_path
):
    settings = settings_for(workspace, mode="socket", app_token=workspace.app_token)
    with BackgroundService(settings, str(tmp_path / "bot.db"), socket_mode=True):
        assert workspace.method_calls("apps.connections.open")
        wait_for(lambda: workspace.socket_mode.connected)
        message, _ = workspace.drop_file(CHANNEL, "U0ALICE", "a.png", png.read_bytes(), send=False)
        acked_in = workspace.push_event({**message, "type": "message", "channel": CHANNEL})
        answer = wait_for(lambda: answers(workspace, message))
    assert acked_in < 3
    assert "1 file(s) fingerprinted" in answer[0]["text"]


def test_files_dropped_together_make_one_job(workspace, bot, png) -> None:
    pictures = [(f"p{n}.png", png.read_bytes(), "image/png") for n in range(3)]
    message, deliveries = workspace.drop_files(CHANNEL, "U0ALICE", pictures)
    assert [d.status for d in deliveries] == [200] * 4  # one message, three file_shared
    answer = wait_for(lambda: answers(workspace, message))
    assert "3 file(s) fingerprinted" in answer[0]["text"]
    assert len(jobs_in(bot)) == 1


def test_digest_now_posts_what_happened_in_the_channel(workspace, bot, png) -> None:
    message, _ = workspace.drop_file(CHANNEL, "U0ALICE", "a.png", png.read_bytes())
    wait_for(lambda: answers(workspace, message))
    failing, _ = workspace.drop_file(
        CHANNEL, "U0ALICE", "b.png", png.read_bytes(), text="fingerprint fail=yes"
    )
    wait_for(lambda: answers(workspace, failing))
    wait_for(lambda: all(job["status"] in ("done", "failed") for job in jobs_in(bot)))
    digest = workspace.slash("digest now", channel=CHANNEL, user="U0BOB")
    body = json.loads(digest.body)
    assert body["response_type"] == "in_channel"
    assert "`fingerprint`: 1 failed, 1 ok" in body["text"]
    assert "1 file(s) fingerprinted" in body["text"]
    empty = workspace.slash("digest now", channel="C0QUIET", user="U0BOB")
    assert "No jobs here" in empty.body


UNUSUAL_BUT_VALID = {
    "legacy interactive_message": {"type": "interactive_message", "callback_id": "old_buttons", "actions": [{"name": "approve", "type": "button", "value": "yes"}], "channel": {"id": CHANNEL}, "user": {"id": "U0ALICE"}, "action_ts": "1.2", "message_ts": "1.1", "attachment_id": "1", "trigger_id": "t.1", "original_message": {"text": "hi"}},
    "workflow_step_edit": {"type": "workflow_step_edit", "callback_id": "step", "trigger_id": "t.2", "user": {"id": "U0ALICE"}, "workflow_step": {"workflow_step_edit_id": "1", "workflow_id": "2", "step_id": "3", "inputs": {}, "outputs": []}},
    "view_submission without callback_id": {"type": "view_submission", "user": {"id": "U0ALICE"}, "view": {"id": "V1", "type": "modal", "state": {"values": {}}, "private_metadata": ""}},
    "view_submission of another view": {"type": "view_submission", "user": {"id": "U0ALICE"}, "view": {"id": "V1", "type": "modal", "callback_id": "someone_else", "state": {"values": {}}}},
    "view_submission of ours, fields missing": {"type": "view_submission", "user": {"id": "U0ALICE"}, "view": {"id": "V2", "type": "modal", "callback_id": "mmbot_run", "state": {"values": {}}}},
    "view_closed": {"type": "view_closed", "user": {"id": "U0ALICE"}, "view": {"id": "V1", "type": "modal", "callback_id": "mmbot_run"}, "is_cleared": False},
    "block_actions of another button": {"type": "block_actions", "user": {"id": "U0ALICE"}, "actions": [{"action_id": "nope", "block_id": "b", "type": "button", "value": "1", "action_ts": "1"}], "trigger_id": "t.3", "container": {"type": "message"}, "channel": {"id": CHANNEL}},
    "cancel without a job id": {"type": "block_actions", "user": {"id": "U0ALICE"}, "actions": [{"action_id": "cancel_job", "block_id": "b", "type": "button", "value": "x", "action_ts": "1"}], "trigger_id": "t.4", "container": {"type": "view"}},
    "global shortcut": {"type": "shortcut", "callback_id": "global_thing", "trigger_id": "t.5", "user": {"id": "U0ALICE"}},
    "another message shortcut": {"type": "message_action", "callback_id": "other", "trigger_id": "t.6", "user": {"id": "U0ALICE"}, "channel": {"id": CHANNEL}, "message": {"ts": "1.1"}},
    "block_suggestion": {"type": "block_suggestion", "action_id": "x", "block_id": "b", "value": "q", "user": {"id": "U0ALICE"}},
    "block_actions with no action": {"type": "block_actions", "user": {"id": "U0ALICE"}, "actions": [], "trigger_id": "t.7"},
    "dialog_submission": {"type": "dialog_submission", "callback_id": "d", "submission": {}, "user": {"id": "U0ALICE"}, "channel": {"id": CHANNEL}},
}
OTHER_EVENTS = [
    {"type": "reaction_added", "user": "U0ALICE", "reaction": "eyes", "item": {"type": "message", "channel": CHANNEL, "ts": "1.1"}},
    {"type": "channel_rename", "channel": {"id": CHANNEL, "name": "renamed"}},
    {"type": "message", "subtype": "message_changed", "channel": CHANNEL, "message": {"ts": "1.1"}},
]


def test_every_validly_signed_request_gets_a_2xx_and_a_forged_one_401(workspace, bot):
    answered = {name: workspace.interact(payload).status for name, payload in UNUSUAL_BUT_VALID.items()}
    assert answered == dict.fromkeys(UNUSUAL_BUT_VALID, 200)
    assert [workspace.send_event(event).status for event in OTHER_EVENTS] == [200, 200, 200]
    forged = workspace.send_event(OTHER_EVENTS[0], signature="v0=" + "0" * 64)
    assert forged.status == 401
    assert workspace.workspace.messages.get(CHANNEL, []) == []
