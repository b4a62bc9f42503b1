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
        text="Total 12.00",
        data={"vendor": "ACME", "total": 12.0, "line_items": [1, 2]},
        warnings=["date unreadable"],
        attachments=[],
    )
    facts = Facts("invoice", 2.34, ("openai/gpt-4o-mini",), 0.00123)
    (message,) = result_messages(result, facts)
    kinds = [block["type"] for block in message["blocks"]]
    assert kinds == ["section", "section", "context", "context"]
    fields = [f["text"] for f in message["blocks"][1]["fields"]]
    assert fields == ["*vendor*\nACME", "*total*\n12.0"]
    assert message["blocks"][-1]["elements"][0]["text"] == (
        "`invoice` · openai/gpt-4o-mini · $0.0012 · 2.3 s"
    )
