"""The persistent job queue: created once per key, fair between people, resumable."""

import asyncio
import threading
from datetime import timedelta

import pytest

from bot.jobs import JobSpec, SqlJobQueue
from bot.slack.intake import Intake
from storage.db import open_database


def spec(key: str, user: str = "U1", channel: str = "C1") -> JobSpec:
    return JobSpec(
        dedup_key=key,
        skill="describe",
        source="file_share",
        user=user,
        channel=channel,
        files=[{"id": key}],
        options={"to": "zh"},
        prompt="what is it?",
    )


def test_a_key_makes_one_job_however_often_it_is_enqueued(any_db) -> None:
    queue = SqlJobQueue(any_db)
    first = queue.enqueue(spec("file:C1:F1:auto"))
    again = queue.enqueue(spec("file:C1:F1:auto"))
    assert first == (first[0], True) and again == (first[0], False)
    job = queue.get(first[0])
    assert job.spec == spec("file:C1:F1:auto")
    assert job.status == "queued"


def test_one_persons_fifty_files_do_not_starve_the_next_person(any_db) -> None:
    queue = SqlJobQueue(any_db)
    for n in range(50):
        queue.enqueue(spec(f"alice-{n}", user="UALICE"))
    queue.enqueue(spec("bob-1", user="UBOB"))
    first = queue.claim("w1")
    second = queue.claim("w2")
    assert first.spec.user == "UALICE"
    assert second.spec.user == "UBOB"


def test_a_job_whose_worker_died_is_queued_again_then_given_up(any_db) -> None:
    queue = SqlJobQueue(any_db)
    job_id, _ = queue.enqueue(spec("k"))
    for attempt in (1, 2):
        claimed = queue.claim("w1")
        assert (claimed.id, claimed.attempts) == (job_id, attempt)
        assert queue.requeue_stale(timedelta(seconds=-1), max_attempts=2) == (
            [job_id] if attempt == 1 else []
        )
    gone = queue.get(job_id)
    assert gone.status == "failed"


def test_fresh_heartbeats_keep_a_running_job_where_it_is(any_db) -> None:
    queue = SqlJobQueue(any_db)
    job_id, _ = queue.enqueue(spec("k"))
    queue.claim("w1")
    assert queue.heartbeat(job_id, "w1") == "running"
    assert queue.requeue_stale(timedelta(minutes=5), max_attempts=3) == []


def test_cancel_stops_a_queued_job_at_once_and_asks_a_running_one(any_db) -> None:
    queue = SqlJobQueue(any_db)
    waiting, _ = queue.enqueue(spec("a"))
    running, _ = queue.enqueue(spec("b", user="U2"))
    assert queue.cancel(waiting) == "cancelled"
    assert queue.claim("w1").id == running
    assert queue.cancel(running) == "cancelling"
    assert queue.heartbeat(running, "w1") == "cancelling"
    queue.finish(running, "cancelled")
    assert queue.cancel(running) == "cancelled"
    assert queue.claim("w1") is None


def test_the_posted_messages_are_remembered(any_db) -> None:
    queue = SqlJobQueue(any_db)
    job_id, _ = queue.enqueue(spec("a"))
    queue.remember(job_id, progress_ts="1.1")
    queue.remember(job_id, reply_ts="1.2")
    job = queue.get(job_id)
    assert (job.progress_ts, job.reply_ts) == ("1.1", "1.2")


def test_an_event_is_never_recorded_without_its_job(location, monkeypatch) -> None:
    """A failure between recording Slack's event and enqueuing its job leaves neither, so
    Slack's retry of the same event still makes the job."""
    intake = Intake(location)
    intake.open()
    body = {"event_id": "Ev1", "team_id": "T1", "event": {"channel": "C1", "user": "U1"}}
    enqueue = SqlJobQueue.enqueue

    def fails(self, job_spec):
        raise OSError("disk full")

    monkeypatch.setattr(SqlJobQueue, "enqueue", fails)
    with pytest.raises(OSError):
        asyncio.run(intake.admit(body, "message", spec("file:C1:F1:auto")))
    db = open_database(location)
    assert list(db.query("select * from events")) == list(db.query("select * from jobs")) == []

    monkeypatch.setattr(SqlJobQueue, "enqueue", enqueue)
    asyncio.run(intake.admit(body, "message", spec("file:C1:F1:auto")))
    [event] = db.query("select * from events")
    [job] = db.query("select * from jobs")
    assert event["job_id"] == job["id"]


def test_workers_claiming_at_once_each_get_a_different_job(location) -> None:
    path = location
    queue = SqlJobQueue(open_database(path))
    for n in range(300):
        queue.enqueue(spec(f"job-{n}", user=f"U{n % 7}", channel=f"C{n % 3}"))
    claimed: list[list[int]] = [[] for _ in range(4)]

    def work(index: int) -> None:
        mine = SqlJobQueue(open_database(path))
        while (job := mine.claim(f"w{index}")) is not None:
            claimed[index].append(job.id)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    everything = [job_id for ids in claimed for job_id in ids]
    assert sorted(everything) == sorted(set(everything)) and len(everything) == 300
    attempts = {row["attempts"] for row in open_database(path).query("select * from jobs")}
    assert attempts == {1}


def test_a_worker_told_its_skills_takes_only_those(any_db) -> None:
    queue = SqlJobQueue(any_db)
    queue.enqueue(spec("picture"))
    meeting, _ = queue.enqueue(
        JobSpec(dedup_key="recording", skill="meeting", source="file_share", user="U2")
    )
    assert queue.claim("speech-box", skills=["meeting", "translate"]).id == meeting
    assert queue.claim("speech-box", skills=["meeting", "translate"]) is None
    assert queue.claim("cpu-box").spec.skill == "describe"


def test_a_job_cancelled_from_one_host_stops_on_the_host_running_it(location) -> None:
    listener_side = SqlJobQueue(open_database(location))
    worker_side = SqlJobQueue(open_database(location))
    job_id, _ = listener_side.enqueue(spec("long"))
    worker_side.claim("host-b:1")
    assert listener_side.cancel(job_id, owner="U1") == "cancelling"
    assert worker_side.heartbeat(job_id, "host-b:1") == "cancelling"


def test_events_arriving_together_are_recorded_together_and_one_bad_one_spoils_nothing(
    location, monkeypatch
) -> None:
    intake = Intake(location)
    intake.open()
    enqueue = SqlJobQueue.enqueue

    def refuses_one(self, job_spec):
        if job_spec.dedup_key == "file:C1:F13:auto":
            raise ValueError("a malformed drop")
        return enqueue(self, job_spec)

    monkeypatch.setattr(SqlJobQueue, "enqueue", refuses_one)

    async def burst() -> list:
        admissions = [
            intake.admit(
                {"event_id": f"Ev{n}", "team_id": "T1", "event": {"channel": "C1"}},
                "message",
                spec(f"file:C1:F{n}:auto"),
            )
            for n in range(40)
        ]
        return await asyncio.gather(*admissions, return_exceptions=True)

    outcomes = asyncio.run(burst())
    intake.close()
    assert [n for n, outcome in enumerate(outcomes) if outcome is not None] == [13]
    db = open_database(location)
    assert db.execute("select count(*) from jobs").fetchone()[0] == 39
    recorded = {row["event_id"] for row in db.query("select event_id from events")}
    assert recorded == {f"Ev{n}" for n in range(40)} - {"Ev13"}


def test_a_job_whose_files_call_for_another_hosts_skill_is_handed_over(any_db) -> None:
    queue = SqlJobQueue(any_db)
    job_id, _ = queue.enqueue(
        JobSpec(dedup_key="drop", skill=None, source="file_share", user="U1", channel="C1")
    )
    undecided = queue.claim("speech-box", skills=["meeting"])
    assert (undecided.id, undecided.spec.skill) == (job_id, None)
    queue.release(job_id, "speech-box", skill="describe")
    assert queue.claim("speech-box", skills=["meeting"]) is None
    taken = queue.claim("cpu-box", skills=["describe", "invoice"])
    assert (taken.id, taken.spec.skill, taken.attempts) == (job_id, "describe", 1)


def test_one_event_delivered_to_two_listeners_at_once_makes_one_job(location) -> None:
    """Slack's retry of an event can reach another listener (another Socket Mode
    connection, another HTTP host) while the first is still recording it."""
    listeners = [Intake(location), Intake(location)]
    bodies = [
        {"event_id": f"Ev{n}", "team_id": "T1", "event": {"channel": "C1", "user": "U1"}}
        for n in range(30)
    ]
    start = threading.Barrier(2)

    def listen(intake: Intake) -> None:
        async def admit_all() -> None:
            await asyncio.gather(
                *(intake.admit(b, "message", spec(f"file:C1:{b['event_id']}")) for b in bodies)
            )

        start.wait()
        asyncio.run(admit_all())
        intake.close()

    threads = [threading.Thread(target=listen, args=(intake,)) for intake in listeners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    db = open_database(location)
    assert db.execute("select count(*) from jobs").fetchone()[0] == 30
    linked = db.execute("select count(*) from events where job_id is not null").fetchone()[0]
    assert linked == 30
