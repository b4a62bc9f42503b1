"""A channel's digest: what mmbot did there lately, from the audit log and stored results.

`/mm digest now` posts it on demand, `bot.schedule` on each `[[digests]]` entry's
schedule. The `usage` section counts jobs per skill and how they ended, the
model cost, and lists the latest results' one-line summaries (already redacted
when they were stored); plugins add theirs (`invoices` …) through `digest_sections`.
"""

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot.plugins import get_registry
from storage.clock import now, to_text
from storage.db import AnyDatabase

log = logging.getLogger(__name__)


ALL_SECTIONS: frozenset[str] = frozenset({"invoices", "meetings", "usage"})


@dataclass(frozen=True)
class DigestContext:
    """What a plugin's `digest_sections` hook may read: the database, and which sections
    the channel's `[[digests]]` entry asks for (a plugin leaves out one not asked for)."""

    db: AnyDatabase
    sections: frozenset[str] = ALL_SECTIONS

    def results(self, skill: str, channel: str, since: datetime) -> list[dict[str, Any]]:
        """The stored `data` of `skill`'s results in `channel` since `since`, oldest first."""
        rows = self.db.query(
            "select data from results where skill = ? and channel = ? and ts >= ? order by ts",
            [skill, channel, to_text(since)],
        )
        return [json.loads(row["data"] or "{}") for row in rows]


def channel_digest(
    db: AnyDatabase, channel: str, hours: int = 24, sections: frozenset[str] = ALL_SECTIONS
) -> str:
    since = now() - timedelta(hours=hours)
    lines = [f"*mmbot digest for <#{channel}>, last {hours} h*"]
    if "usage" in sections:
        lines.extend(_usage(db, channel, since))
    lines.extend(plugin_sections(db, channel, since, sections))
    if len(lines) == 1:
        lines.append("Nothing to report in that time.")
    return "\n".join(lines)


def _usage(db: AnyDatabase, channel: str, since: datetime) -> list[str]:
    """Jobs per skill and how they ended, the model cost, and the latest results."""
    jobs = list(
        db.query(
            "select skill, status, count(*) as n from audit where action = 'job.finish'"
            " and channel = ? and ts >= ? group by skill, status order by skill, status",
            [channel, to_text(since)],
        )
    )
    lines = _jobs(db, jobs, channel, since) if jobs else ["No jobs here in that time."]
    latest = list(
        db.query(
            "select ts, skill, summary from results where channel = ? and ts >= ?"
            " order by ts desc limit 5",
            [channel, to_text(since)],
        )
    )
    if latest:
        lines.append("Latest results:")
        for row in latest:
            when = datetime.fromisoformat(row["ts"]).strftime("%H:%M")
            lines.append(f"• {when} `{row['skill']}`: {(row['summary'] or '')[:200]}")
    return lines


def _jobs(db: AnyDatabase, jobs: list[dict], channel: str, since: datetime) -> list[str]:
    by_skill: dict[str, dict[str, int]] = {}
    for row in jobs:
        by_skill.setdefault(row["skill"], {})[row["status"]] = row["n"]
    lines = []
    for skill, outcomes in by_skill.items():
        shown = ", ".join(f"{n} {status}" for status, n in sorted(outcomes.items()))
        lines.append(f"• `{skill}`: {shown}")
    cost = db.execute(
        "select coalesce(sum(cost_usd), 0) from audit where action = 'provider.call'"
        " and channel = ? and ts >= ?",
        [channel, to_text(since)],
    ).fetchone()[0]
    lines.append(f"Model cost: ${cost:.4f}")
    return lines


def plugin_sections(
    db: AnyDatabase, channel: str, since: datetime, wanted: frozenset[str] = ALL_SECTIONS
) -> list[str]:
    """Each plugin's section; a failing plugin is logged and left out, not fatal."""
    sections = []
    for section, plugin in get_registry().digest_sections:
        try:
            text = section(ctx=DigestContext(db, wanted), channel=channel, since=since)
        except Exception:
            log.exception("digest section of plugin %s failed", plugin)
            continue
        if text:
            sections.append(str(text))
    return sections
