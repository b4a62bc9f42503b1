"""The provider router against a real OpenAI-compatible server on loopback: what is sent,
what comes back, and what happens when the provider misbehaves."""

import io
import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from bot.config import Settings, parse_settings
from bot.providers import CallContext, Router, errors
from bot.sandbox.openai_server import Fault, OpenAISandbox
from storage.audit import AuditLog

MODELS = {"vision": "sandbox-vision", "chat": "sandbox-chat", "transcribe": "sandbox-whisper"}
TOTAL_SCHEMA = {
    "type": "object",
    "properties": {"vendor": {"type": "string"}, "total": {"type": "number"}},
    "required": ["vendor", "total"],
}


@pytest.fixture
def sandbox():
    with OpenAISandbox(api_key="sk-sandbox-key-123") as server:
        yield server


@pytest.fixture
def backup():
    with OpenAISandbox() as server:
        yield server


@pytest.fixture(autouse=True)
def _key(monkeypatch):
    monkeypatch.setenv("SANDBOX_KEY", "sk-sandbox-key-123")


def settings_for(*servers: OpenAISandbox, **overrides: Any) -> Settings:
    providers = {}
    for index, server in enumerate(servers):
        providers[f"p{index}"] = {
            "kind": "openai",
            "base_url": server.base_url,
            "api_key": "env:SANDBOX_KEY",
            "models": MODELS,
            "timeout_seconds": 2,
            "max_retries": 2,
            "prices": {"sandbox-vision": {"input": 2.5, "output": 10.0}},
            **overrides,
        }
    names = list(providers)
    return parse_settings(
        {"providers": providers, "routing": {"vision": names, "chat": names}}
    )


def router_for(*servers: OpenAISandbox, db=None, **overrides: Any) -> Router:
    return Router(settings_for(*servers, **overrides), db=db, sleep=lambda _: None)


def photo(width: int = 3000, height: int = 2000) -> bytes:
    buffer = io.BytesIO()
    gradient = Image.radial_gradient("L").resize((width, height)).convert("RGB")
    gradient.save(buffer, "JPEG")
    return buffer.getvalue()


def audit_rows(db) -> list[dict]:
    return list(reversed(AuditLog(db).recent()))


def test_vision_sends_the_normalised_image_with_its_detail(sandbox) -> None:
    reply = router_for(sandbox).vision("what is in the picture?", [photo()], detail="high")
    sent = sandbox.chat_requests()[0].body
    parts = sent["messages"][-1]["content"]
    assert parts[0] == {"type": "text", "text": "what is in the picture?"}
    image = parts[1]["image_url"]
    assert image["detail"] == "high"
    assert image["url"].startswith("data:image/jpeg;base64,")
    assert "1152×768" in reply.text  # 3000×2000 → 2048×1365 → 768 on the short side
    assert reply.usage.image_tokens == 85 + 170 * 6


def test_the_api_key_is_sent_and_a_wrong_one_is_refused_in_plain_words(sandbox, monkeypatch):
    router_for(sandbox).chat("hello")
    assert sandbox.requests[0].headers["authorization"] == "Bearer sk-sandbox-key-123"
    monkeypatch.setenv("SANDBOX_KEY", "sk-wrong")
    with pytest.raises(errors.AllProvidersFailed) as failed:
        router_for(sandbox).chat("hello")
    assert "refused mmbot's credentials" in str(failed.value)
    assert "sk-wrong" not in str(failed.value)


def test_json_schema_is_requested_and_the_reply_validated(sandbox) -> None:
    reply = router_for(sandbox).chat("read the receipt", schema=TOTAL_SCHEMA)
    response_format = sandbox.chat_requests()[0].body["response_format"]
    assert response_format["type"] == "json_schema"
    assert response_format["json_schema"]["schema"] == TOTAL_SCHEMA
    assert set(reply.data) == {"vendor", "total"}


def test_invalid_json_is_sent_back_once_for_repair(sandbox) -> None:
    sandbox.reply_next('{"vendor": "ACME", "total": "twelve"}', '{"vendor": "ACME", "total": 12}')
    reply = router_for(sandbox).chat("read the receipt", schema=TOTAL_SCHEMA)
    assert reply.data == {"vendor": "ACME", "total": 12}
    repair = sandbox.chat_requests()[1].body["messages"]
    assert repair[-2] == {"role": "assistant", "content": '{"vendor": "ACME", "total": "twelve"}'}
    assert "total" in repair[-1]["content"]


def test_output_still_invalid_after_the_repair_is_reported(sandbox) -> None:
    sandbox.reply_next("Sure! The total is 12.", "```json\n{\"vendor\": 1}\n```")
    with pytest.raises(errors.InvalidOutput, match="expected format"):
        router_for(sandbox).chat("read the receipt", schema=TOTAL_SCHEMA)
    assert len(sandbox.chat_requests()) == 2


def test_streaming_yields_text_as_it_comes_then_the_whole_reply(sandbox, db) -> None:
    pieces = list(router_for(sandbox, db=db).stream_chat("summarise the meeting please"))
    *text, final = pieces
    assert len(text) > 3
    assert "".join(text) == final.text == "You asked: summarise the meeting please"
    assert final.usage.tokens_out > 0
    assert audit_rows(db)[-1]["tokens_out"] == final.usage.tokens_out


def test_transcription_uploads_the_audio_and_reads_segments(sandbox, tmp_path) -> None:
    audio = Path(__file__).parent / "fixtures" / "speech-en.ogg"
    settings = settings_for(sandbox)
    settings = settings.model_copy(
        update={"routing": settings.routing.model_copy(update={"transcribe": ["p0"]})}
    )
    transcript = Router(settings).transcribe(audio, language="en")
    upload = sandbox.requests[0]
    assert upload.path.endswith("/audio/transcriptions")
    assert upload.files["file"] == audio.read_bytes()
    assert upload.body["language"] == "en"
    assert transcript.language == "en"
    assert 4.0 < transcript.duration < 5.0
    assert transcript.segments[0].text.startswith("sandbox transcript")


def test_429_with_retry_after_pauses_the_whole_provider(sandbox) -> None:
    router = router_for(sandbox)
    sandbox.fail_next(Fault.rate_limited(retry_after=1))
    first = threading.Thread(target=router.chat, args=("first",))
    first.start()
    while not sandbox.requests:
        time.sleep(0.001)
    refused_at = sandbox.requests[0].at
    time.sleep(0.2)  # the 429 has reached the first caller
    router.chat("second, sent while the first waits")
    first.join()
    later = [request.at - refused_at for request in sandbox.requests[1:]]
    assert len(later) == 2
    assert min(later) >= 0.95


def test_server_errors_are_retried_and_counted(sandbox, db) -> None:
    sandbox.fail_next(Fault.server_error(500), Fault.server_error(503))
    assert router_for(sandbox, db=db).chat("hi").text == "You asked: hi"
    assert len(sandbox.chat_requests()) == 3
    assert audit_rows(db)[-1]["attempts"] == 3


@pytest.mark.parametrize(
    "fault",
    [Fault("slow", seconds=1.5), Fault("drop"), Fault("malformed")],
    ids=["timeout", "dropped-connection", "malformed-body"],
)
def test_timeouts_drops_and_garbage_are_retried(sandbox, fault) -> None:
    sandbox.fail_next(fault)
    assert router_for(sandbox, timeout_seconds=0.5).chat("hi").text == "You asked: hi"
    assert len(sandbox.chat_requests()) == 2


def test_a_bad_request_is_not_retried_nor_sent_elsewhere(sandbox, backup) -> None:
    sandbox.fail_next(Fault("status", 400, code="invalid_request_error"))
    with pytest.raises(errors.BadRequest):
        router_for(sandbox, backup).chat("hi")
    assert len(sandbox.requests) == 1
    assert backup.requests == []


def test_content_policy_refusals_are_named_as_such(sandbox) -> None:
    sandbox.fail_next(Fault("status", 400, code="content_policy_violation"))
    with pytest.raises(errors.ContentRefused, match="usage policy"):
        router_for(sandbox).chat("hi")


def test_a_failing_provider_hands_over_to_the_next(sandbox, backup, db) -> None:
    sandbox.fail_next(*[Fault.server_error()] * 3)
    reply = router_for(sandbox, backup, db=db).chat("hi")
    assert reply.text == "You asked: hi"
    assert [(r["provider"], r["status"]) for r in audit_rows(db)] == [
        ("p0", "failed"),
        ("p1", "ok"),
    ]


def test_a_provider_that_keeps_failing_cools_down(sandbox, backup) -> None:
    router = router_for(sandbox, backup, max_retries=0, allowed_fails=2, cooldown_seconds=60)
    sandbox.fail_next(*[Fault.server_error()] * 2)
    router.chat("one")
    router.chat("two")
    router.chat("three")
    assert len(sandbox.requests) == 2  # the third call went straight to the backup
    assert len(backup.requests) == 3


def test_when_everything_fails_the_error_names_what_was_tried(sandbox, backup) -> None:
    sandbox.fail_next(Fault.server_error())
    backup.fail_next(Fault("drop"))
    with pytest.raises(errors.AllProvidersFailed) as failed:
        router_for(sandbox, backup, max_retries=0).chat("hi")
    message = str(failed.value)
    assert "p0: The model provider had an internal error" in message
    assert "p1: The connection to the model provider dropped" in message


def test_every_call_is_accounted_with_cost_in_the_audit_log(sandbox, db) -> None:
    context = CallContext(skill="describe", user="U123", channel="C9")
    reply = router_for(sandbox, db=db).vision("what is it?", [photo(600, 400)], context=context)
    row = audit_rows(db)[-1]
    assert row["action"] == "provider.call"
    assert (row["provider"], row["model"], row["capability"]) == ("p0", "sandbox-vision", "vision")
    assert (row["user"], row["skill"], row["channel"]) == ("U123", "describe", "C9")
    assert row["tokens_in"] == reply.usage.tokens_in > 0
    assert row["image_tokens"] == 85 + 170 * 2
    expected = (reply.usage.tokens_in * 2.5 + reply.usage.tokens_out * 10.0) / 1e6
    assert row["cost_usd"] == pytest.approx(expected)
    assert row["latency_ms"] > 0 and row["attempts"] == 1 and row["cache_hit"] == 0


def test_a_repeated_request_comes_from_the_cache_for_free(sandbox, db) -> None:
    router = router_for(sandbox, db=db)
    image = photo(400, 300)
    context = CallContext(skill="describe", options={"q": "total"})
    first = router.vision("describe", [image], context=context)
    again = router.vision("describe", [image], context=context)
    other = router.vision("describe", [image], context=CallContext(skill="describe"))
    assert again == first
    assert len(sandbox.chat_requests()) == 2  # the third call had other options
    hit = audit_rows(db)[1]
    assert (hit["cache_hit"], hit["cost_usd"], hit["attempts"]) == (1, 0.0, 0)
    assert other.text == first.text


def test_cache_entries_expire(sandbox, db) -> None:
    router = Router(
        settings_for(sandbox).model_copy(
            update={"cache": Settings().cache.model_copy(update={"ttl_hours": 1e-9})}
        ),
        db=db,
    )
    router.chat("hi")
    router.chat("hi")
    assert len(sandbox.chat_requests()) == 2


def test_with_no_configuration_vision_and_chat_say_no_model_is_configured() -> None:
    router = Router(Settings())
    with pytest.raises(errors.NotConfigured) as missing:
        router.vision("what is this?", [photo(10, 10)])
    assert "[routing] vision" in missing.value.detail
    with pytest.raises(errors.NotConfigured):
        router.chat("hello")
    assert not router.available("vision")
    assert router.available("transcribe") and router.available("ocr")


def test_secrets_never_reach_the_audit_log(sandbox, db) -> None:
    sandbox.fail_next(Fault("status", 401, code="invalid_api_key"))
    with pytest.raises(errors.AllProvidersFailed):
        router_for(sandbox, db=db).chat("my key is sk-abcdefghijklmnopqrstuvwxyz123456")
    dumped = json.dumps(audit_rows(db))
    assert "sk-sandbox-key-123" not in dumped


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({"retry-after": "7"}, 7.0),
        ({"retry-after-ms": "1500", "retry-after": "9"}, 1.5),
        ({"x-ratelimit-reset-requests": "1s", "x-ratelimit-reset-tokens": "6m0s"}, 360.0),
        ({"x-ratelimit-reset-tokens": "20ms"}, 0.02),
        ({}, None),
    ],
)
def test_the_wait_is_read_from_every_header_providers_use(headers, seconds) -> None:
    from bot.providers.openai_compat import retry_after

    assert retry_after(headers) == (pytest.approx(seconds) if seconds is not None else None)


def test_a_429_without_retry_after_but_with_reset_headers_pauses_for_that_long(sandbox) -> None:
    sandbox.fail_next(Fault("status", 429, {"x-ratelimit-reset-requests": "0.6s"}))
    router_for(sandbox).chat("hi")
    first, second = sandbox.chat_requests()
    assert second.at - first.at >= 0.55


def test_a_missing_api_key_names_the_setting_and_the_variable(sandbox, backup, monkeypatch):
    monkeypatch.delenv("SANDBOX_KEY")
    router = router_for(sandbox, backup)
    with pytest.raises(errors.AllProvidersFailed) as failed:
        router.chat("hi")
    assert "providers.p0.api_key is not set: it reads env:SANDBOX_KEY" in str(failed.value)
    assert sandbox.requests == []
    assert not router.health()["p0"][1].ok


def test_a_resting_provider_is_still_tried_when_nothing_else_is_left(sandbox, db) -> None:
    """Cooling down keeps a failing provider out of the way while another can serve; when
    it is the only one, a call tries it anyway rather than failing without asking."""
    router = router_for(sandbox, db=db, max_retries=0, allowed_fails=1, cooldown_seconds=600)
    sandbox.fail_next(Fault.server_error())
    with pytest.raises(errors.AllProvidersFailed):
        router.chat("one")
    assert router.chat("two").text == "You asked: two"
    assert len(sandbox.requests) == 2


def test_an_ocr_reading_comes_back_from_the_cache_with_each_characters_confidence() -> None:
    from bot.providers.cache import _decode, _encode
    from bot.providers.types import OcrLine, OcrResult

    box = ((0.0, 0.0), (90.0, 0.0), (90.0, 30.0), (0.0, 30.0))
    reading = OcrResult((OcrLine("RM 8.95", box, 0.93, (("R", 0.99), ("M", 0.98), (" ", 0.7), ("8", 0.41), (".", 0.99), ("9", 0.97), ("5", 0.99))),), "rapidocr-ppocr", 90, 30)
    assert _decode(json.loads(json.dumps(_encode(reading)))) == reading
    older = _encode(reading)
    del older["fields"]["lines"][0]["characters"]
    assert _decode(older).lines[0].characters == ()
