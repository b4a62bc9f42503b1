"""What differs on PostgreSQL: the SQL spelling, the settings that point at a server, and
the health checks and queue gauges read from it."""

import pytest

from bot.config import parse_settings
from bot.errors import ConfigError
from bot.health import database_problem
from bot.jobs import JobSpec, SqlJobQueue
from bot.metrics import queue_state
from bot.providers.cache import ResultCache
from bot.providers.types import ChatReply, Usage
from storage.db import open_database
from storage.dialect import to_postgres
from tests import pg_server


@pytest.mark.parametrize(
    ("sqlite", "postgres"),
    [
        ("select * from jobs where user = ?", 'select * from jobs where "user" = %s'),
        ("delete from [audit] where [user] = ?", 'delete from "audit" where "user" = %s'),
        ("select j.user from jobs j", 'select j."user" from jobs j'),
        ("select 'who is user? 100%' as t", "select 'who is user? 100%%' as t"),
        ("select username, users.n from users", "select username, users.n from users"),
        ('select "user" from jobs', 'select "user" from jobs'),
    ],
)
def test_the_bots_sql_is_respelt_for_postgresql(sqlite: str, postgres: str) -> None:
    assert to_postgres(sqlite) == postgres


def test_a_database_url_is_a_server_and_its_password_a_reference() -> None:
    settings = parse_settings(
        {"storage": {"url": "postgresql://mmbot@db:5432/mmbot", "password": "env:PGPW"}}
    )
    assert settings.storage.location == "postgresql://mmbot@db:5432/mmbot"
    file = parse_settings({"storage": {"url": "sqlite:///var/lib/mmbot/bot.db"}})
    assert file.storage.location == "var/lib/mmbot/bot.db"
    with pytest.raises(ConfigError, match="put it in \\[storage\\] password") as refused:
        parse_settings({"storage": {"url": "postgresql://mmbot:hunter2@db/mmbot"}})
    assert "hunter2" not in str(refused.value)
    with pytest.raises(ConfigError, match="must start with"):
        parse_settings({"storage": {"url": "mysql://db/mmbot"}})


def test_readiness_and_the_queue_gauges_come_from_the_server(postgres_server: str) -> None:
    url = pg_server.new_database(postgres_server)
    queue = SqlJobQueue(open_database(url))
    for n in range(3):
        queue.enqueue(JobSpec(dedup_key=f"k{n}", skill="describe", source="test"))
    queue.claim("w1")
    assert database_problem(url) is None
    state = queue_state(url)
    assert (state.queued, state.running) == (2, 1)
    assert state.oldest_wait_seconds >= 0


def test_a_server_that_is_not_there_is_named_not_waited_for() -> None:
    problem = database_problem("postgresql://mmbot@127.0.0.1:9/mmbot", timeout=1.0)
    assert problem is not None and problem.startswith("not reachable within 1s")


def test_model_results_are_cached_and_replaced_on_the_server(postgres_server: str) -> None:
    db = open_database(pg_server.new_database(postgres_server))
    cache = ResultCache(db, ttl_hours=1)
    first = ChatReply(text="a cat", model="m", usage=Usage(3, 2))
    cache.put("k", first, skill="describe", model="m", user="U1")
    cache.put(
        "k",
        ChatReply(text="a dog", model="m", usage=Usage(3, 2)),
        skill="describe",
        model="m",
        user="U1",
    )
    assert cache.get("k").text == "a dog"
    assert cache.get("other") is None
