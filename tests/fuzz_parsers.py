"""Coverage-guided fuzzing (atheris) of what reads a user's words, a file's name and a
Slack event. Any exception other than a plain refusal, or a broken promise (a name that
leaves its folder, a reply that can ping), is a crash that atheris reports.

    python -m tests.fuzz_parsers -runs=100000
"""

import json
import re
import sys

import atheris

with atheris.instrument_imports(include=["bot"]):
    from bot import dispatch, skills
    from bot.config import Settings
    from bot.errors import InputError
    from bot.plugins import get_registry
    from bot.slack import files, render

_SETTINGS = Settings()
_PLAIN_NAME = re.compile(r"[\w.\- ]+")


def _event(provider: atheris.FuzzedDataProvider) -> dict:
    """An event of text fields, some of them of other types, and a list of files."""
    event: dict = {}
    for key in ("text", "channel", "user", "ts", "subtype"):
        kind = provider.ConsumeIntInRange(0, 2)
        if kind == 1:
            event[key] = provider.ConsumeUnicodeNoSurrogates(24)
        elif kind == 2:
            event[key] = provider.ConsumeInt(4)
    if provider.ConsumeBool():
        count = provider.ConsumeIntInRange(0, 3)
        event["files"] = [
            {"id": provider.ConsumeUnicodeNoSurrogates(6)} if provider.ConsumeBool() else None
            for _ in range(count)
        ]
    return event


def one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    event = _event(provider)
    for spec in (
        dispatch.drop_spec(event, "T1", _SETTINGS),
        dispatch.mention_spec(event, "T1", _SETTINGS),
    ):
        if spec is not None:
            json.dumps(spec.files)
    words = provider.ConsumeUnicodeNoSurrogates(64)
    assert all(isinstance(word, str) for word in skills.split_words(words))
    registry = get_registry()
    for skill in map(registry.skill, registry.skills):
        try:
            skill.parse_words(words)
        except InputError as error:
            assert "\n" not in str(error)
    name = files.safe_name(words, "F1")
    assert _PLAIN_NAME.fullmatch(name) and not name.startswith(("-", "."))
    assert len(name.encode()) <= 200
    shown = json.dumps(render.failure_message(words), ensure_ascii=False)
    assert "<" not in shown, shown


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
