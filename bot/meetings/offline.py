"""The meeting's notes without any model: extractive, from cues in the sentences.

Decisions and action items are the sentences carrying their cues
(`bot.meetings.cues`); open questions are questions nobody answered (the next
sentence is another question, defers it — "good question", "let's find out" —
or does not come soon). Topics come from `bot.meetings.topics`; each topic's
most central sentence stands in for a summary.
"""

import re
from collections.abc import Sequence
from datetime import date

from bot.meetings.cues import find_action, is_decision, is_question
from bot.meetings.notes import ActionItem, Decision, Notes, Question
from bot.meetings.participants import participants, speakers

__all__ = ["analyse", "participants"]
from bot.meetings.sentences import Sentence
from bot.meetings.slides import Slide
from bot.meetings.topics import Embed, embed, segment_topics

_DEFERRED = re.compile(
    r"(?i)good\s+question|don't\s+know|do\s+not\s+know|not\s+sure|no\s+idea|find\s+out"
    r"|get\s+back|look\s+into|let\s+me\s+check|we'll\s+see|\btbd\b|to\s+be\s+decided|offline"
    r"|不知道|不确定|再看|待定|回头|再说|查一下|确认一下|好问题"
)
#: A question with no sentence within this many seconds after it went unanswered.
ANSWER_SECONDS = 20.0
MIN_QUESTION_WORDS = 3


def analyse(
    sentences: Sequence[Sentence],
    slides: Sequence[Slide] = (),
    *,
    duration: float | None = None,
    user: str | None = None,
    meeting_date: date | None = None,
    title: str = "Meeting",
    encode: Embed = embed,
) -> Notes:
    people = participants(sentences, user)
    names = [person.name for person in people if person.how != "slack"]
    talking = speakers(sentences)
    decisions, actions, questions = [], [], []
    for index, sentence in enumerate(sentences):
        action = find_action(
            sentence.text, speaker=talking[index], names=names, meeting_date=meeting_date
        )
        if action is not None:
            actions.append(
                ActionItem(
                    action.owner,
                    action.task,
                    action.due.phrase if action.due else None,
                    sentence.start,
                    action.due.date if action.due else None,
                )
            )
        elif is_decision(sentence.text):
            decisions.append(Decision(sentence.text, sentence.start))
        elif _open_question(sentences, index):
            questions.append(Question(sentence.text, sentence.start))
    topics = segment_topics(sentences, slides, duration=duration, encode=encode)
    heading = next((slide.title for slide in slides if slide.title), "") or title
    return Notes(
        title=heading,
        participants=people,
        topics=topics,
        decisions=decisions,
        action_items=actions,
        open_questions=questions,
        summary=[topic.gist for topic in topics if topic.gist],
        source="offline",
    )


def _open_question(sentences: Sequence[Sentence], index: int) -> bool:
    sentence = sentences[index]
    if not is_question(sentence.text) or not _substantial(sentence.text):
        return False
    if index + 1 == len(sentences):
        return True
    following = sentences[index + 1]
    return (
        following.start - sentence.end > ANSWER_SECONDS
        or is_question(following.text)
        or bool(_DEFERRED.search(following.text))
    )


def _substantial(text: str) -> bool:
    if re.search(r"[\u4e00-\u9fff]", text):
        return len(text) >= 5
    return len(text.split()) >= MIN_QUESTION_WORDS
