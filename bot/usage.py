"""What mmbot did and what it cost, per skill and per provider, from the audit log.

Jobs come from `job.finish` rows (one per finished job: skill, status, duration); model
use from `provider.call` rows (one per call: provider, tokens, cost, latency, and whether
the cache answered it). Durations are given as the 50th and 95th percentiles by the
nearest-rank method: always a duration that was actually measured. A cache hit has no
latency of its own, so it counts as a call but not towards a provider's percentiles.
"""

import math
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from storage.clock import to_text
from storage.db import AnyDatabase

FAILED = "failed"


@dataclass(frozen=True)
class SkillUsage:
    skill: str | None
    jobs: int
    failures: int
    p50_ms: float | None
    p95_ms: float | None
    calls: int
    cache_hits: int
    cache_hit_rate: float | None
    tokens_in: int
    tokens_out: int
    cost_usd: float


@dataclass(frozen=True)
class ProviderUsage:
    provider: str | None
    calls: int
    failures: int
    jobs: int
    p50_ms: float | None
    p95_ms: float | None
    cache_hits: int
    cache_hit_rate: float | None
    tokens_in: int
    tokens_out: int
    cost_usd: float


@dataclass(frozen=True)
class Totals:
    jobs: int = 0
    failures: int = 0
    calls: int = 0
    cache_hits: int = 0
    cache_hit_rate: float | None = None
    tokens_in: int = 0
    tokens_out: int = 0
    cost_usd: float = 0.0


@dataclass(frozen=True)
class UsageReport:
    since: str | None
    channel: str | None
    user: str | None
    skills: list[SkillUsage] = field(default_factory=list)
    providers: list[ProviderUsage] = field(default_factory=list)
    totals: Totals = Totals()

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def usage_report(
    db: AnyDatabase,
    since: datetime | None = None,
    channel: str | None = None,
    user: str | None = None,
) -> UsageReport:
    """Figures for the audit rows at or after `since`, of `channel` and of `user` (each
    filter only when given)."""
    jobs = _rows(db, "job.finish", "skill, status, latency_ms", since, channel, user)
    calls = _rows(
        db,
        "provider.call",
        "skill, provider, job_id, status, latency_ms, cache_hit, tokens_in, tokens_out, cost_usd",
        since,
        channel,
        user,
    )
    skills = [
        _skill(name, _where(jobs, "skill", name), _where(calls, "skill", name))
        for name in _names([*jobs, *calls], "skill")
    ]
    providers = [
        _provider(name, _where(calls, "provider", name)) for name in _names(calls, "provider")
    ]
    hits = _cache_hits(calls)
    totals = Totals(
        jobs=len(jobs),
        failures=_failures(jobs),
        calls=len(calls),
        cache_hits=hits,
        cache_hit_rate=_rate(hits, len(calls)),
        tokens_in=_sum(calls, "tokens_in"),
        tokens_out=_sum(calls, "tokens_out"),
        cost_usd=_cost(calls),
    )
    return UsageReport(
        since=None if since is None else to_text(since),
        channel=channel,
        user=user,
        skills=skills,
        providers=providers,
        totals=totals,
    )


def percentile(values: Iterable[float], p: float) -> float | None:
    """The nearest-rank `p`th percentile (0 < p <= 100); None for no values."""
    ordered = sorted(values)
    if not ordered:
        return None
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


# -- the rows ---------------------------------------------------------------------------


def _rows(
    db: AnyDatabase,
    action: str,
    columns: str,
    since: datetime | None,
    channel: str | None,
    user: str | None,
) -> list[dict[str, Any]]:
    sql, params = f"select {columns} from audit where action = ?", [action]
    if since is not None:
        sql += " and ts >= ?"
        params.append(to_text(since))
    if channel is not None:
        sql += " and channel = ?"
        params.append(channel)
    if user is not None:
        sql += " and user = ?"
        params.append(user)
    return list(db.query(sql, params))


def _names(rows: list[dict[str, Any]], column: str) -> list[str | None]:
    """The distinct values of `column`, sorted, a missing one (None) last."""
    names = {row[column] for row in rows}
    return sorted(n for n in names if n is not None) + ([None] if None in names else [])


def _where(rows: list[dict[str, Any]], column: str, value: str | None) -> list[dict[str, Any]]:
    return [row for row in rows if row[column] == value]


def _skill(name: str | None, jobs: list[dict[str, Any]], calls: list[dict[str, Any]]) -> SkillUsage:
    durations = _latencies(jobs)
    hits = _cache_hits(calls)
    return SkillUsage(
        skill=name,
        jobs=len(jobs),
        failures=_failures(jobs),
        p50_ms=_ms(percentile(durations, 50)),
        p95_ms=_ms(percentile(durations, 95)),
        calls=len(calls),
        cache_hits=hits,
        cache_hit_rate=_rate(hits, len(calls)),
        tokens_in=_sum(calls, "tokens_in"),
        tokens_out=_sum(calls, "tokens_out"),
        cost_usd=_cost(calls),
    )


def _provider(name: str | None, calls: list[dict[str, Any]]) -> ProviderUsage:
    durations = _latencies(row for row in calls if not row["cache_hit"])
    hits = _cache_hits(calls)
    return ProviderUsage(
        provider=name,
        calls=len(calls),
        failures=_failures(calls),
        jobs=len({row["job_id"] for row in calls if row["job_id"] is not None}),
        p50_ms=_ms(percentile(durations, 50)),
        p95_ms=_ms(percentile(durations, 95)),
        cache_hits=hits,
        cache_hit_rate=_rate(hits, len(calls)),
        tokens_in=_sum(calls, "tokens_in"),
        tokens_out=_sum(calls, "tokens_out"),
        cost_usd=_cost(calls),
    )


def _latencies(rows: Iterable[dict[str, Any]]) -> list[float]:
    return [row["latency_ms"] for row in rows if row["latency_ms"] is not None]


def _failures(rows: list[dict[str, Any]]) -> int:
    return sum(1 for row in rows if row["status"] == FAILED)


def _cache_hits(calls: list[dict[str, Any]]) -> int:
    return sum(1 for row in calls if row["cache_hit"])


def _sum(rows: list[dict[str, Any]], column: str) -> int:
    return sum(row[column] or 0 for row in rows)


def _cost(rows: list[dict[str, Any]]) -> float:
    return round(sum(row["cost_usd"] or 0.0 for row in rows), 6)


def _rate(hits: int, calls: int) -> float | None:
    return round(hits / calls, 4) if calls else None


def _ms(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


# -- shown to people --------------------------------------------------------------------

_WINDOW = re.compile(r"^(\d+)\s*([hdw])$")
_WINDOW_UNITS = {"h": "hour", "d": "day", "w": "week"}


def parse_window(text: str) -> tuple[timedelta, str]:
    """`12h`, `7d` or `2w`: the length of time and how to say it ("the last 7 days").
    ValueError for anything else."""
    match = _WINDOW.match(text.strip().lower())
    if not match or int(match.group(1)) == 0:
        raise ValueError(f"not a period of time: {text!r}")
    count, unit = int(match.group(1)), _WINDOW_UNITS[match.group(2)]
    label = f"the last {unit}" if count == 1 else f"the last {count} {unit}s"
    return timedelta(**{f"{unit}s": count}), label


def as_table(report: UsageReport) -> str:
    """The report as aligned text columns, for a terminal."""
    scope = f"since {report.since}" if report.since else "all recorded time"
    if report.channel:
        scope += f", channel {report.channel}"
    if report.user:
        scope += f", user {report.user}"
    if not report.skills and not report.providers:
        return f"no jobs or model calls ({scope})"
    t = report.totals
    lines = [
        f"usage {scope}: {t.jobs} jobs, {t.failures} failed, {t.calls} model calls,"
        f" ${t.cost_usd:.4f}",
        "",
    ]
    lines += _columns(_SKILL_HEADER, [_skill_cells(s) for s in report.skills])
    if report.providers:
        lines.append("")
        lines += _columns(_PROVIDER_HEADER, [_provider_cells(p) for p in report.providers])
    return "\n".join(lines)


def as_slack(report: UsageReport, window: str) -> str:
    """The caller's own figures as a short Slack message: a total, then one line a skill."""
    t = report.totals
    if not t.jobs and not t.calls:
        return f"No jobs of yours in {window}."
    lines = [
        f"*Your mmbot usage in {window}:* {t.jobs} job(s), {t.failures} failed,"
        f" ${t.cost_usd:.4f} in model costs"
    ]
    for s in report.skills:
        parts = [f"{s.jobs} job(s)", f"{s.failures} failed"]
        if s.p50_ms is not None:
            parts.append(f"p50 {_seconds(s.p50_ms)} s, p95 {_seconds(s.p95_ms)} s")
        if s.calls:
            parts.append(f"{s.tokens_in + s.tokens_out} tokens, ${s.cost_usd:.4f}")
            parts.append(f"{_percent(s.cache_hit_rate)} from the cache")
        lines.append(f"• `{s.skill or 'no skill'}`: " + ", ".join(parts))
    return "\n".join(lines)


_MODEL_HEADER = ["cache", "tok in", "tok out", "cost $"]
_SKILL_HEADER = ["skill", "jobs", "failed", "p50 s", "p95 s", "calls", *_MODEL_HEADER]
_PROVIDER_HEADER = ["provider", "calls", "failed", "jobs", "p50 s", "p95 s", *_MODEL_HEADER]


def _skill_cells(s: SkillUsage) -> list[Any]:
    timing = [_seconds(s.p50_ms), _seconds(s.p95_ms)]
    model = [s.calls, _percent(s.cache_hit_rate), s.tokens_in, s.tokens_out, f"{s.cost_usd:.4f}"]
    return [s.skill or "-", s.jobs, s.failures, *timing, *model]


def _provider_cells(p: ProviderUsage) -> list[Any]:
    timing = [_seconds(p.p50_ms), _seconds(p.p95_ms)]
    model = [_percent(p.cache_hit_rate), p.tokens_in, p.tokens_out, f"{p.cost_usd:.4f}"]
    return [p.provider or "-", p.calls, p.failures, p.jobs, *timing, *model]


def _columns(header: list[str], rows: list[list[Any]]) -> list[str]:
    table = [header, *[[str(cell) for cell in row] for row in rows]]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    return [
        "  ".join(
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in table
    ]


def _seconds(ms: float | None) -> str:
    return "-" if ms is None else f"{ms / 1000:.2f}"


def _percent(rate: float | None) -> str:
    return "-" if rate is None else f"{rate:.0%}"
