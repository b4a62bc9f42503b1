"""The chart a scheduled digest carries: jobs (ok and failed) and model cost per day.

`day_bars` reads one channel's figures for the digest's window from the audit log:
jobs are its `job.finish` rows by status, cost the sum of `cost_usd` over its
`provider.call` rows. Days are calendar days in the digest's time zone, clipped to
the window (so a 24-hour window at 09:30 gives two bars, yesterday from 09:30 and
today until 09:30); a window of more than `MAX_BARS` days puts several days in each
bar, counted back from the newest day. `render_png` draws them as a small PNG: stacked
job bars above, cost bars below, each labelled with its figure.

Drawn with Pillow, which the bot already depends on, rather than matplotlib (Agg).
Measured on this project's machine (Python 3.11, 2 cores): matplotlib 3.11.2 would add
about 17 MB of wheels (matplotlib 9.9 MB, fonttools 5.5 MB, kiwisolver 1.4 MB,
contourpy 0.4 MB, pyparsing, cycler), about 75 MB installed, and its import costs
about 300 ms (425 ms on the first run, building its font cache) and some 50 MB of
resident memory in the serving process, plus about 50 ms to draw this chart; Pillow's
import takes about 17 ms and the chart about 15 ms, for no new dependency. A few dozen
rectangles and labels do not need a plotting library.
"""

import io
import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PIL import Image, ImageDraw, ImageFont

from storage.clock import to_text
from storage.db import AnyDatabase

#: The most bars a chart has; a longer window puts several days in each.
MAX_BARS = 14

WIDTH, HEIGHT = 700, 300
MARGIN = 16
#: Top and bottom (the baseline) of the two panels, in pixels from the top.
JOBS_PANEL = (58, 158)
COST_PANEL = (196, 248)

BACKGROUND = (255, 255, 255)
TEXT = (40, 40, 40)
MUTED = (110, 110, 110)
AXIS = (190, 190, 190)
OK_COLOUR = (46, 160, 67)
FAILED_COLOUR = (207, 34, 46)
COST_COLOUR = (47, 109, 200)

MAX_BAR_WIDTH = 56


@dataclass(frozen=True)
class DayBar:
    """One bar: the local days `first`…`last` (inclusive) and what happened in them."""

    first: date
    last: date
    ok: int = 0
    failed: int = 0
    cost_usd: float = 0.0

    @property
    def jobs(self) -> int:
        return self.ok + self.failed

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def label(self) -> tuple[str, str]:
        """Two lines under the bar: weekday and date, or the first and last date."""
        if self.first == self.last:
            return self.first.strftime("%a"), _day(self.first)
        return _day(self.first), "to " + _day(self.last)  # the font has no en dash


def day_bars(
    db: AnyDatabase, channel: str, since: datetime, until: datetime, timezone: str = "UTC"
) -> list[DayBar]:
    """The bars of `channel`'s chart for the window from `since` to `until` (both included, so
    a row stamped in the millisecond the digest is built still counts), in `timezone`'s days."""
    zone = ZoneInfo(timezone)
    first = since.astimezone(zone).date()
    newest = (until - timedelta(microseconds=1)).astimezone(zone).date()
    days = max(1, (newest - first).days + 1)
    span = math.ceil(days / MAX_BARS)
    count = math.ceil(days / span)
    ok, failed, cost = [0] * count, [0] * count, [0.0] * count
    rows = db.query(
        "select ts, action, status, cost_usd from audit"
        " where channel = ? and ts >= ? and ts <= ? and action in ('job.finish', 'provider.call')",
        [channel, to_text(since), to_text(until)],
    )
    for row in rows:
        day = datetime.fromisoformat(row["ts"]).astimezone(zone).date()
        # a row at `until` on the stroke of midnight goes to the day before, which ends there
        index = min(count - 1, count - 1 - (newest - day).days // span)
        if row["action"] == "provider.call":
            cost[index] += row["cost_usd"] or 0.0
        elif row["status"] == "ok":
            ok[index] += 1
        elif row["status"] == "failed":
            failed[index] += 1
    bars = []
    for index in range(count):
        last = newest - timedelta(days=(count - 1 - index) * span)
        start = max(first, last - timedelta(days=span - 1))
        bars.append(DayBar(start, last, ok[index], failed[index], round(cost[index], 6)))
    return bars


def has_activity(bars: list[DayBar]) -> bool:
    """Whether there is anything to draw: a finished job or some model cost."""
    return any(bar.jobs or bar.cost_usd for bar in bars)


def bar_centre(index: int, count: int) -> int:
    """The x of the middle of bar `index` of `count`."""
    slot = (WIDTH - 2 * MARGIN) / count
    return round(MARGIN + slot * (index + 0.5))


def render_png(bars: list[DayBar], timezone: str = "UTC") -> bytes:
    """The chart as PNG bytes, `WIDTH` × `HEIGHT` pixels."""
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    title, small = ImageFont.load_default(size=14), ImageFont.load_default(size=11)
    per = "day" if all(bar.days == 1 for bar in bars) else f"{bars[-1].days} days"
    draw.text((MARGIN, 10), f"Jobs and model cost per {per} ({timezone})", font=title, fill=TEXT)
    _legend(draw, small)

    slot = (WIDTH - 2 * MARGIN) / len(bars)
    half = min(MAX_BAR_WIDTH, slot * 0.6) / 2
    most_jobs = max(bar.jobs for bar in bars) or 1
    most_cost = max(bar.cost_usd for bar in bars) or 1.0
    for (top, base), name in ((JOBS_PANEL, "Jobs"), (COST_PANEL, "Model cost (USD)")):
        draw.text((MARGIN, top - 22), name, font=small, fill=MUTED)
        draw.line([(MARGIN, base + 1), (WIDTH - MARGIN, base + 1)], fill=AXIS)
    for index, bar in enumerate(bars):
        centre = bar_centre(index, len(bars))
        left, right = round(centre - half), round(centre + half)
        top, base = JOBS_PANEL
        ok_top = base - _height(bar.ok, most_jobs, base - top)
        all_top = ok_top - _height(bar.failed, most_jobs, base - top)
        if bar.ok:
            draw.rectangle([left, ok_top, right, base], fill=OK_COLOUR)
        if bar.failed:
            draw.rectangle([left, all_top, right, ok_top - 1], fill=FAILED_COLOUR)
        if bar.jobs:
            _centred(draw, centre, all_top - 14, str(bar.jobs), small, TEXT)
        top, base = COST_PANEL
        cost_top = base - _height(bar.cost_usd, most_cost, base - top)
        if bar.cost_usd:
            draw.rectangle([left, cost_top, right, base], fill=COST_COLOUR)
            _centred(draw, centre, cost_top - 14, _money(bar.cost_usd), small, TEXT)
        for line, text in enumerate(bar.label):
            _centred(draw, centre, COST_PANEL[1] + 8 + 14 * line, text, small, MUTED)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def describe(bars: list[DayBar]) -> str:
    """The chart in words, for its alt text."""
    parts = []
    for bar in bars:
        when = bar.first.isoformat() if bar.days == 1 else f"{bar.first}–{bar.last}"
        parts.append(f"{when}: {bar.ok} ok, {bar.failed} failed, ${bar.cost_usd:.4f}")
    return "Jobs and model cost per day. " + "; ".join(parts)


def _legend(draw: ImageDraw.ImageDraw, font: ImageFont.FreeTypeFont | ImageFont.ImageFont) -> None:
    x = WIDTH - MARGIN
    entries = (("ok", OK_COLOUR), ("failed", FAILED_COLOUR), ("cost", COST_COLOUR))
    for name, colour in reversed(entries):
        x -= round(draw.textlength(name, font=font))
        draw.text((x, 13), name, font=font, fill=TEXT)
        x -= 14
        draw.rectangle([x, 14, x + 9, 23], fill=colour)
        x -= 12


def _height(value: float, most: float, room: int) -> int:
    """Pixels for `value` on a scale where `most` fills `room`; anything above 0 shows."""
    return max(2, round(value / most * room)) if value else 0


def _centred(
    draw: ImageDraw.ImageDraw,
    x: int,
    y: float,
    text: str,
    font: ImageFont.FreeTypeFont | ImageFont.ImageFont,
    fill: tuple[int, int, int],
) -> None:
    draw.text((x - draw.textlength(text, font=font) / 2, y), text, font=font, fill=fill)


def _day(day: date) -> str:
    return f"{day.day} {day.strftime('%b')}"


def _money(value: float) -> str:
    if value >= 10:
        return f"${value:.0f}"
    if value >= 0.01:
        return f"${value:.2f}"
    return f"${value:.3f}" if value >= 0.001 else "<$0.001"
