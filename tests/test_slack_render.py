"""Results as Slack messages, within Slack's limits."""

from bot.skills import Result
from bot.slack.render import Facts, chunks, result_messages


def test_long_text_is_split_at_line_breaks_within_the_section_limit() -> None:
    text = "\n".join(f"line {n}: " + "word " * 20 for n in range(400))
    pieces = chunks(text)
    assert all(len(piece) <= 3000 for piece in pieces)
    assert "\n".join(pieces).split() == text.split()
    assert all(piece.startswith("line ") for piece in pieces)


def test_a_very_long_result_becomes_several_messages_of_at_most_fifty_blocks() -> None:
    messages = result_messages(Result(text="x " * 200_000), Facts("describe", 1.0))
    assert len(messages) > 1
    assert all(len(m["blocks"]) <= 50 for m in messages)
    assert all(len(m["text"]) <= 3000 for m in messages)


def test_data_fields_warnings_and_the_context_line_come_last() -> None:
    result = Result(
        text="Receipt from a shop",
        data={"vendor": "ACME", "total": 12.0, "line_items": [1, 2], "valid": True},
        warnings=["date unreadable"],
        attachments=[],
    )
    facts = Facts("invoice", 2.34, ("openai/gpt-4o-mini",), 0.00123)
    (message,) = result_messages(result, facts)
    kinds = [block["type"] for block in message["blocks"]]
    assert kinds == ["section", "section", "context", "context"]
    fields = [f["text"] for f in message["blocks"][1]["fields"]]
    assert fields == ["*vendor*\nACME", "*total*\n12.00"]
    assert message["blocks"][-1]["elements"][0]["text"] == (
        "`invoice` · openai/gpt-4o-mini · $0.0012 · 2.3 s"
    )


def test_values_the_text_already_shows_are_not_repeated_as_fields() -> None:
    result = Result(text="ACME, MYR 12.00", data={"vendor": "ACME", "total": 12.0, "pages": 2})
    (message,) = result_messages(result, Facts("invoice", 1.0))
    assert [f["text"] for f in message["blocks"][1]["fields"]] == ["*pages*\n2"]


def test_text_from_files_and_pictures_cannot_mention_or_link() -> None:
    result = Result(
        text="*<!channel>.png*: text seen: <https://evil.example|click> & more",
        warnings=["<@U123> file unreadable"],
    )
    (message,) = result_messages(result, Facts("describe", 1.0))
    shown = message["blocks"][0]["text"]["text"]
    assert (
        shown == "*&lt;!channel&gt;.png*: text seen: &lt;https://evil.example|click&gt; &amp; more"
    )
    assert message["blocks"][1]["elements"][0]["text"] == ":warning: &lt;@U123&gt; file unreadable"
    assert "<" not in message["text"]
