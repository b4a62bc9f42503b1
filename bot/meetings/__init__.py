"""Meeting recordings to notes: transcript, slides, topics, decisions, action items.

`pipeline.run_meeting` does the whole job for the `meeting` skill. The analysis
works on timed sentences and slides alone, so it can be used (and tested) on any
transcript: `offline.analyse` needs no model at all, `summarise.summarise` asks a
chat model map-reduce and returns the same `Notes`.
"""

from bot.meetings.notes import ActionItem, Decision, Notes, Participant, Question, Topic
from bot.meetings.sentences import Sentence, sentences

__all__ = [
    "ActionItem",
    "Decision",
    "Notes",
    "Participant",
    "Question",
    "Sentence",
    "Topic",
    "sentences",
]
