"""Rate limits kept in the bot's database, so that every worker process on every host
spends one budget together: a model provider's, and a Slack channel's posting pace.

The reservation is the same as `RateLimiter`'s (the generic cell rate algorithm); only
where its state lives differs: one row per name in `pace`, read and written back in
one short transaction that holds the row (`SELECT … FOR UPDATE` on PostgreSQL, the
write lock on SQLite). Times are wall-clock seconds, which hosts share through NTP.
Calls in flight stay a bound per process.

`bench/scale.py` measures it beside a limiter per process (the naive way, which lets N
processes spend N budgets): booking costs about a millisecond on PostgreSQL, nothing beside
a model call, so no second service (Redis) is needed for it.
"""

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from bot.providers.limiter import Limits, Pace, RateLimiter
from storage.db import writing
from storage.dialect import locking


class SharedRateLimiter(RateLimiter):
    def __init__(
        self, limits: Limits, db: Any, name: str, clock: Callable[[], float] = time.time
    ) -> None:
        super().__init__(limits, clock)
        self._db = db
        self._name = name

    @contextmanager
    def _pace_held(self) -> Iterator[Pace]:
        db = self._db
        with writing(db):
            db.execute(
                "insert into pace (name, next_request, next_token, paused_until)"
                " values (?, 0, 0, 0) on conflict (name) do nothing",
                [self._name],
            )
            row = db.execute(
                "select next_request, next_token, paused_until from pace where name = ?"
                + locking(db.dialect),
                [self._name],
            ).fetchone()
            pace = Pace(*row)
            yield pace
            db.execute(
                "update pace set next_request = ?, next_token = ?, paused_until = ?"
                " where name = ?",
                [pace.next_request, pace.next_token, pace.paused_until, self._name],
            )
