"""Media times as people read them: `12:30`, `1:02:05`, `[mm:ss]`."""


def clock(seconds: float) -> str:
    """`m:ss` under an hour, `h:mm:ss` from an hour on; negative times read as 0."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def stamp(seconds: float) -> str:
    """A timestamp for a report line: `[mm:ss]`, or `[h:mm:ss]` past an hour."""
    total = max(0, int(seconds))
    if total >= 3600:
        return f"[{clock(total)}]"
    return f"[{total // 60:02d}:{total % 60:02d}]"


def done_of(stage: str, done: float, total: float) -> str:
    """Progress text such as `transcribing 12:30 of 58:00`."""
    return f"{stage} {clock(done)} of {clock(total)}"
