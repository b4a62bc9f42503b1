"""`meeting`: cue extraction (English and Chinese), due dates, participants, topic
segmentation, the report, the chat-model map-reduce on the loopback server with its
fallback, the `meetings` digest section, and whole runs on generated and spoken media."""

import json
import threading
from datetime import date
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest

from bot.config import Settings
from bot.digest import DigestContext
from bot.media.audio import SAMPLE_RATE, stream_audio
from bot.meetings import offline
from bot.meetings import summarise as summarising
from bot.meetings.cues import find_action, is_decision, is_question
from bot.meetings.dues import find_due
from bot.meetings.participants import participants, speakers
from bot.meetings.report import Meeting, markdown, slack_text
from bot.meetings.sentences import Sentence, sentences
from bot.meetings.topics import agenda_title, segment_topics
from bot.providers import Router
from bot.providers.types import Segment
from bot.runner import Who
from bot.sandbox.openai_server import OpenAISandbox
from plugins.meeting import MeetingSkill, digest_sections
from storage.clock import now, now_text
from tests.media_factory import Slide, slide_image
from tests.models import chat_settings
from tests.runs import run_with_progress

FIXTURES = Path(__file__).parent / "fixtures"
WEDNESDAY = date(2025, 3, 5)


@pytest.mark.parametrize(
    ("sentence", "owner", "task", "due"),
    [
        ("So, David will send the revised budget by Friday.", "David", "send the revised budget", "by Friday"),
        ("So David will send the revised budget by Friday", "David", "send the revised budget", "by Friday"),
        ("Maria, can you update the roadmap before next Tuesday?", "Maria", "update the roadmap", "before next Tuesday"),
        ("Can you send me the slides, Maria?", "Maria", "send me the slides", None),
        ("Could you, Tom, review the PR by end of week?", "Tom", "review the PR", "by end of week"),
        ("I'll book the venue tomorrow.", "speaker", "book the venue", "tomorrow"),
        ("Action item: Priya to draft the press release.", "Priya", "draft the press release", None),
        ("Action item for Bob: fix the login bug by Monday.", "Bob", "fix the login bug", "by Monday"),
        ("We need to ship the beta by the end of the month.", "team", "ship the beta", "by the end of the month"),
        ("Please send the invoice to finance by Thursday.", "unassigned", "send the invoice to finance", "by Thursday"),
        ("张伟负责前端开发，下周五前完成。", "张伟", "前端开发，完成", "下周五前"),
        ("这个任务由李娜负责。", "李娜", "这个任务", None),
        ("我来整理会议纪要，明天发给大家。", "speaker", "整理会议纪要，发给大家", "明天"),
        ("请王强在周三之前提交报告。", "王强", "提交报告", "在周三之前"),
        ("小王，你能不能下周一前把报告发给我？", "小王", "把报告发给我", "下周一前"),
        ("我们下周五前要完成测试。", "team", "完成测试", "下周五前"),
        ("行动项：陈静更新路线图。", "陈静", "更新路线图", None),
    ],
)  # fmt: skip
def test_action_items_with_their_owner_task_and_due_date(sentence, owner, task, due):
    action = find_action(sentence)
    assert action is not None
    assert (action.owner, action.task) == (owner, task)
    assert (action.due.phrase if action.due else None) == due


@pytest.mark.parametrize(
    "sentence",
    [
        "We will see.",
        "We'll see how it goes by Friday.",
        "Can you hear me?",
        "Could you repeat that?",
        "Who owns the vendor contract?",
        "I'll share my screen.",
        "I'll be quick.",
        "Yes, I will.",
        "It will rain tomorrow.",
        "There will be a party on Friday.",
        "Let's find out by next week.",
        "We will find out before next week.",
        "We met last Friday.",
        "谁负责这个项目？",
        "我觉得这个方案不错。",
        "我来说一下背景。",
    ],
)
def test_sentences_that_only_look_like_action_items(sentence):
    assert find_action(sentence) is None


def test_a_known_speaker_owns_what_they_promise():
    action = find_action("I'll send the minutes tonight.", speaker="Emma")
    assert action is not None and action.owner == "Emma"


@pytest.mark.parametrize(
    ("sentence", "decided"),
    [
        ("We decided to move the launch to March.", True),
        ("Okay, we decided to move the launch to March.", True),
        ("Let's go with the blue design.", True),
        ("Decision: we use Postgres.", True),
        ("We agreed on the budget.", True),
        ("That's settled then.", True),
        ("我们决定下个月上线。", True),
        ("经过讨论，大家一致同意采用方案A。", True),
        ("Have we decided?", False),
        ("We haven't decided yet.", False),
        ("If we decide to go, fine.", False),
        ("Agreed.", False),
        ("这个还没决定。", False),
        ("我们要不要决定一下？", False),
    ],
)
def test_decisions(sentence, decided):
    assert is_decision(sentence) is decided


def test_questions_in_both_languages():
    assert is_question("Who owns the vendor contract?")
    assert is_question("这个方案可以吗")
    assert is_question("谁负责？")
    assert not is_question("We own it.")


@pytest.mark.parametrize(
    ("text", "phrase", "iso"),
    [
        ("send it by Friday", "by Friday", "2025-03-07"),
        ("before next Tuesday", "before next Tuesday", "2025-03-11"),
        ("book it tomorrow", "tomorrow", "2025-03-06"),
        ("done by end of month", "by end of month", "2025-03-31"),
        ("by March 14th", "by March 14th", "2025-03-14"),
        ("in two weeks", "in two weeks", "2025-03-19"),
        ("我们下周五前上线", "下周五前", "2025-03-14"),
        ("月底之前交", "月底之前", "2025-03-31"),
    ],
)
def test_due_dates_keep_the_phrase_and_resolve_against_the_meeting_date(text, phrase, iso):
    due = find_due(text, WEDNESDAY)
    assert due is not None and (due.phrase, due.date) == (phrase, iso)
    assert find_due(text).date is None


def test_past_days_are_not_due_dates():
    assert find_due("we shipped it last Friday") is None


def said(*lines: str, every: float = 5.0) -> list[Sentence]:
    return [Sentence(i * every, i * every + every - 0.5, text) for i, text in enumerate(lines)]


def test_participants_from_introductions_names_addressed_and_slack():
    spoken = said(
        "Good morning, everyone.",
        "I'm Sam, from marketing.",
        "Hi, I'm Maria from finance",
        "大家好，我是张伟，负责后端。",
        "Thanks, Emma.",
        "David, where are we?",
        "This is a hard problem.",
        "I'm not sure.",
    )
    found = participants(spoken, user="U42")
    assert [(p.name, p.how) for p in found] == [
        ("Sam", "introduced"),
        ("Maria", "introduced"),
        ("张伟", "introduced"),
        ("Emma", "addressed"),
        ("David", "addressed"),
        ("<@U42>", "slack"),
    ]
    assert found[0].time == 5.0


def test_the_speaker_is_known_just_after_an_introduction_and_not_when_addressed():
    spoken = said("Hi, I'm Emma.", "I'll book the venue.", "Thanks, Emma.", "Next point.")
    assert speakers(spoken) == ["Emma", "Emma", None, None]


BREAD = [
    "The oven must be preheated to two hundred degrees before baking.",
    "Knead the dough for ten minutes until it is smooth.",
    "Let the bread rise in a warm place for an hour.",
    "Add a pinch of salt and some olive oil to the flour.",
    "Sourdough needs a starter that you feed every day.",
    "Bake the loaf until the crust is golden brown.",
    "Cool the bread on a rack before slicing it.",
    "Whole wheat flour makes a denser loaf of bread.",
]
OUTAGE = [
    "The database server ran out of disk space last night.",
    "We should add monitoring alerts for disk usage on production.",
    "The backup job failed because the volume was full.",
    "Postgres replication lag went up to five minutes.",
    "We need to rotate the logs more often on that machine.",
    "The query planner picked a sequential scan on the orders table.",
    "Adding an index on customer id fixed the slow query.",
    "Kubernetes restarted the pod twice during the outage.",
]


def test_two_subjects_are_cut_near_where_the_talk_changes():
    spoken = said(*BREAD, *OUTAGE, every=8.0)
    topics = segment_topics(spoken)
    assert len(topics) == 2
    assert abs(topics[1].start - 64.0) <= 8.0
    assert "bread" in topics[0].title.lower() and "disk" in topics[1].title.lower()
    assert topics[0].gist in BREAD and topics[1].gist in OUTAGE


def test_one_subject_is_one_topic():
    assert len(segment_topics(said(*BREAD, *BREAD[::-1], every=8.0))) == 1


def test_slides_cut_and_name_topics_and_agenda_cues_name_them_too():
    from bot.meetings.slides import Slide as Shown

    spoken = said(*BREAD[:4], "Next topic, the new website.", *BREAD[4:], every=8.0)
    slides = [Shown(0.0, 20.0, "Baking basics", "Baking basics"), Shown(20.5, 80.0, "", "")]
    topics = segment_topics(spoken, slides)
    assert [t.title for t in topics][:1] == ["Baking basics"]
    assert "The new website" in [t.title for t in topics]
    assert agenda_title("Next topic, the new website, Emma, what are the options?") == (
        "The new website"
    )
    assert agenda_title("下一个议题：预算。") == "预算"
    assert agenda_title("The next train leaves soon.") is None


def test_timed_sentences_from_segments_without_full_stops():
    found = sentences(
        [
            Segment(0.0, 4.0, "Good morning. Let us start with"),
            Segment(4.0, 8.0, " the budget. Maria, can you"),
            Segment(8.0, 10.0, "send it?"),
            Segment(11.0, 14.0, "Hi, I'm Maria from finance"),
            Segment(14.2, 16.0, "Thanks Emma"),
            Segment(16.5, 18.0, "好的。我们决定下周五前上线。"),
        ]
    )
    assert [s.text for s in found] == [
        "Good morning.",
        "Let us start with the budget.",
        "Maria, can you send it?",
        "Hi, I'm Maria from finance",
        "Thanks Emma",
        "好的。",
        "我们决定下周五前上线。",
    ]
    assert found[2].start == pytest.approx(5.9, abs=0.3)


def voices_script() -> dict:
    return json.loads((FIXTURES / "meeting-voices.json").read_text())


def voices_sentences() -> list[Sentence]:
    turns = voices_script()["turns"]
    return sentences(Segment(t["start"], t["end"], t["text"]) for t in turns)


def test_offline_notes_and_the_report_stamp_every_item():
    notes = offline.analyse(voices_sentences(), meeting_date=WEDNESDAY, title="Stand-up")
    assert [d.text for d in notes.decisions] == [
        "We decided to move the launch to March.",
        "Let's go with the blue design.",
    ]
    owners = {(a.owner, a.due, a.due_date) for a in notes.action_items}
    assert ("David", "by Friday", "2025-03-07") in owners
    assert ("Maria", "before next Tuesday", "2025-03-11") in owners
    assert [q.text for q in notes.open_questions] == ["Who owns the vendor contract?"]
    meeting = Meeting("standup.ogg", 86.0, "en", notes)
    report = markdown(meeting)
    for heading in ("# Stand-up", "## Participants", "## Topics", "## Decisions",
                    "## Action items", "## Open questions"):  # fmt: skip
        assert heading in report
    assert "- [00:38] **David**: send the revised budget — due by Friday (2025-03-07)" in report
    assert "[00:00]–[00:" in report
    assert "configure `[routing] chat` for an abstractive one" in report
    text = slack_text(meeting)
    assert text.splitlines()[0].startswith("*Stand-up* (1:26): ")
    assert "2 decisions" in text and "*David*: send the revised budget" in text


def part_notes(**items) -> str:
    empty = {
        "title": "",
        "summary": [],
        "participants": [],
        "topics": [],
        "decisions": [],
        "action_items": [],
        "open_questions": [],
    }
    return json.dumps({**empty, **items})


def test_with_a_chat_model_parts_are_noted_then_merged(monkeypatch, db):
    monkeypatch.setattr(summarising, "PART_CHARS", 600)
    spoken = voices_sentences()
    merged = part_notes(
        title="Weekly stand-up",
        summary=["Launch moved to March."],
        participants=["Sam", "Maria"],
        topics=[{"title": "Launch", "start": "00:16", "end": "00:51"}],
        decisions=[{"text": "Move the launch to March", "time": "[00:31]"}],
        action_items=[
            {"owner": "David", "task": "Send the revised budget", "due": "Friday", "time": "0:38"}
        ],
        open_questions=[{"text": "Who owns the vendor contract?", "time": 76}],
    )
    with OpenAISandbox() as server:
        parts = len(summarising.parts(spoken))
        server.reply_next(*[part_notes() for _ in range(parts)], merged)
        router = Router(chat_settings(server), db=db)
        steps: list[tuple[int, int]] = []
        notes = summarising.summarise(
            lambda prompt, **kw: router.chat(prompt, **kw),
            spoken,
            duration=86.0,
            language="en",
            progress=lambda done, total: steps.append((done, total, threading.get_ident())),
        )
        sent = server.chat_requests()
    assert parts >= 2 and len(sent) == parts + 1
    # all from the calling thread: a job's progress callback is not shared between threads
    assert steps == [(done, parts + 1, threading.get_ident()) for done in range(parts + 1)]
    asked = [request.body["messages"][-1]["content"] for request in sent]
    (first,) = [text for text in asked if "part 1 of" in text]
    assert "[00:00] Good morning, everyone." in first
    assert "Part 2 notes:" in sent[-1].body["messages"][-1]["content"]
    assert "action_items" in sent[-1].body["response_format"]["json_schema"]["schema"]["required"]
    assert notes.source == "model" and notes.title == "Weekly stand-up"
    assert [(a.owner, a.task, a.due, a.time) for a in notes.action_items] == [
        ("David", "Send the revised budget", "Friday", 38.0)
    ]
    assert notes.decisions[0].time == 31.0 and notes.open_questions[0].time == 76.0


def test_the_meetings_digest_lists_open_action_items_by_owner(db):
    def store(channel: str, title: str, items: list[dict]) -> None:
        data = {"title": title, "duration": 1800.0, "decisions": [{}], "action_items": items}
        db["results"].insert(
            {"ts": now_text(), "channel": channel, "skill": "meeting", "data": json.dumps(data)}
        )

    store(
        "C1",
        "Weekly stand-up",
        [
            {"owner": "David", "task": "send the budget", "due": "by Friday", "time": 38.0},
            {"owner": "Maria", "task": "update the roadmap", "due": None, "time": 65.0},
            {"owner": "David", "task": "book the venue", "due": None, "time": 72.0},
        ],
    )
    store("C2", "Elsewhere", [{"owner": "Zoe", "task": "hidden", "due": None, "time": 1.0}])
    since = now().replace(year=now().year - 1)
    text = digest_sections(ctx=DigestContext(db), channel="C1", since=since)
    assert text.splitlines() == [
        "*Meetings:* 1 reported",
        "• *Weekly stand-up* (30:00): 1 decision, 3 open action items",
        "    ◦ David: send the budget (due by Friday) [00:38]; book the venue [01:12]",
        "    ◦ Maria: update the roadmap [01:05]",
    ]
    assert (
        digest_sections(ctx=DigestContext(db, frozenset({"usage"})), channel="C1", since=since)
        is None
    )
    assert digest_sections(ctx=DigestContext(db), channel="C3", since=since) is None


def speech_video(path: Path, slides: list[Slide], speech: np.ndarray) -> Path:
    """Slides with text at 5 fps, with `speech` (16 kHz mono) as the sound track."""
    fps = 5
    with av.open(str(path), "w") as container:
        video = container.add_stream("libx264", rate=fps)
        video.width, video.height = 640, 360
        video.pix_fmt = "yuv420p"
        video.options = {"preset": "ultrafast"}
        audio = container.add_stream("aac", rate=SAMPLE_RATE)
        audio.layout = "mono"
        index = 0
        for slide in slides:
            frame_pixels = np.asarray(slide_image(slide, (640, 360)))
            for _ in range(round(slide.seconds * fps)):
                frame = av.VideoFrame.from_ndarray(frame_pixels, format="rgb24")
                frame.pts = index
                index += 1
                container.mux(video.encode(frame))
        container.mux(video.encode())
        block = 1024
        for offset in range(0, len(speech), block):
            frame = av.AudioFrame.from_ndarray(
                speech[None, offset : offset + block].astype(np.float32), format="fltp",
                layout="mono",
            )  # fmt: skip
            frame.sample_rate, frame.pts = SAMPLE_RATE, offset
            frame.time_base = Fraction(1, SAMPLE_RATE)
            container.mux(audio.encode(frame))
        container.mux(audio.encode())
    return path


def run(path: Path, settings: Settings, db, tmp_path: Path, **options: str):
    return run_with_progress(
        MeetingSkill(), path, settings, db, tmp_path, who=Who(user="U7", channel="C9"), **options
    )


def test_a_video_meeting_end_to_end_with_a_failing_model_falling_back(tmp_path, db):
    speech = np.concatenate(list(stream_audio(FIXTURES / "speech-en.ogg")))
    gap = np.zeros(SAMPLE_RATE * 2, np.float32)
    track = np.concatenate([speech, gap, speech, gap])
    seconds = len(track) / SAMPLE_RATE
    slides = [
        Slide("Quarterly Budget", seconds / 2),
        Slide("Hiring Plan\nthree roles", seconds / 2),
    ]
    path = speech_video(tmp_path / "standup.mp4", slides, track)
    with OpenAISandbox() as server:
        server.reply_next("not json", "still not json")
        result, progress = run(path, chat_settings(server), db, tmp_path)
    data = result.data
    for name in ("transcript", "segments", "keyframes", "topics", "decisions", "action_items",
                 "participants", "open_questions", "title", "language", "duration"):  # fmt: skip
        assert name in data
    assert "friday" in data["transcript"].lower() and data["language"] == "en"
    assert data["source"] == "offline"
    assert any("answer was unusable" in warning for warning in result.warnings)
    assert {"start", "end", "text"} <= set(data["segments"][0])
    titles = [kf["text"].splitlines()[0] for kf in data["keyframes"]]
    assert titles == ["Quarterly Budget", "Hiring Plan"]
    assert data["keyframes"][1]["time"] == pytest.approx(seconds / 2, abs=1.5)
    assert data["title"] == "Quarterly Budget"
    assert {"title", "start", "end"} <= set(data["topics"][0])
    names = [Path(a.path).name for a in result.attachments]
    assert names == ["standup.meeting.md", "standup.srt", "standup.contact-sheet.png"]
    assert {kf["attachment"] for kf in data["keyframes"]} == {"standup.contact-sheet.png"}
    assert "[00:" in result.attachments[0].path.read_text()
    assert "-->" in result.attachments[1].path.read_text()
    assert any(text.startswith("transcribing ") and " of " in text for text in progress)
    assert "reading slides 2 of 2" in progress
    stored = json.loads(
        db.execute("select data from results where skill = 'meeting'").fetchone()[0]
    )
    assert stored["title"] == "Quarterly Budget"


def test_the_spoken_meeting_fixture_gives_its_decisions_and_action_items(tmp_path, db):
    script = voices_script()
    result, _ = run(FIXTURES / "meeting-voices.ogg", Settings(), db, tmp_path, date="2025-03-05")
    data = result.data
    assert data["keyframes"] == [] and len(result.attachments) == 2
    assert len(data["decisions"]) == len(script["decisions"])
    assert "launch to march" in data["decisions"][0]["text"].lower()
    assert "blue design" in data["decisions"][1]["text"].lower()
    items = {item["owner"]: item for item in data["action_items"]}
    # Emma says "I'll book …" herself: without telling voices apart, that is the speaker's.
    assert set(items) == {"David", "Maria", "speaker"}
    for expected in script["action_items"]:
        owner = "speaker" if expected["owner"] == "Emma" else expected["owner"]
        assert expected["task"].lower() in items[owner]["task"].lower()
        assert expected["due"].lower() in (items[owner]["due"] or "").lower()
    assert items["David"]["due_date"] == "2025-03-07"
    introduced = [p["name"] for p in data["participants"] if p["how"] == "introduced"]
    assert introduced == [p if isinstance(p, str) else p["name"] for p in script["participants"]]
    asked = script["open_questions"][0].lower()
    assert [q["text"].lower().endswith(asked) for q in data["open_questions"]] == [True]
    assert any(p == {"name": "<@U7>", "how": "slack", "time": None} for p in data["participants"])


def test_a_slide_deck_without_sound_is_reported_from_its_slides(tmp_path, db):
    from tests.media_factory import slides_video

    deck = [Slide("Roadmap 2026", 4), Slide("Open positions\nthree roles", 4)]
    path = slides_video(tmp_path / "deck.mp4", deck, fps=5)
    result, _ = run(path, Settings(), db, tmp_path)
    data = result.data
    assert [kf["text"].splitlines()[0] for kf in data["keyframes"]] == [
        "Roadmap 2026",
        "Open positions",
    ]
    assert [topic["title"] for topic in data["topics"]] == ["Roadmap 2026", "Open positions"]
    assert data["segments"] == [] and data["action_items"] == []
    assert any("has no sound" in warning for warning in result.warnings)
    assert [Path(a.path).suffix for a in result.attachments] == [".md", ".png"]


def test_a_recording_without_speech_is_refused_plainly(tmp_path, db):
    from bot.errors import InputError
    from bot.media.audio import write_wav

    hum = write_wav(np.zeros(SAMPLE_RATE * 5, np.float32), tmp_path / "hum.wav")
    with pytest.raises(InputError, match=r"^no speech found in hum\.wav"):
        run(hum, Settings(), db, tmp_path)


def test_with_a_vision_model_each_keyframe_is_described_beside_its_ocr_text(tmp_path, db):
    from tests.media_factory import slides_video
    from tests.models import vision_settings

    deck = [Slide("Roadmap 2026", 4), Slide("Open positions\nthree roles", 4)]
    path = slides_video(tmp_path / "deck.mp4", deck, fps=5)
    described = [
        '{"description": "A slide titled Roadmap 2026.", "visible_text": "Roadmap 2026"}',
        '{"description": "A slide listing open positions.", "visible_text": "Open positions"}',
    ]
    with OpenAISandbox() as server:
        server.reply_next(*described)
        result, _ = run(path, vision_settings(server), db, tmp_path)
        sent = server.chat_requests()
    assert len(sent) == 2
    for request in sent:
        content = request.body["messages"][-1]["content"]
        assert content[1]["image_url"]["url"].startswith("data:image/")
    keyframes = result.data["keyframes"]
    assert [kf["description"] for kf in keyframes] == [
        "A slide titled Roadmap 2026.",
        "A slide listing open positions.",
    ]
    assert keyframes[0]["text"].startswith("Roadmap 2026")
    report = result.attachments[0].path.read_text()
    assert "A slide listing open positions." in report
