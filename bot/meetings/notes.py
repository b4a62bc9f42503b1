"""What a meeting analysis produces, whichever way it was made. Times are seconds."""

from dataclasses import asdict, dataclass, field
from typing import Any, Literal


@dataclass(frozen=True)
class Topic:
    title: str
    start: float
    end: float
    #: The sentence that best stands for the topic (offline) or the model's summary of it.
    gist: str = ""


@dataclass(frozen=True)
class Decision:
    text: str
    time: float


@dataclass(frozen=True)
class ActionItem:
    """`owner` is a name, or `speaker` (someone said "I'll …" without having introduced
    themselves), `team` ("we will … by Friday") or `unassigned`."""

    owner: str
    task: str
    due: str | None
    time: float
    #: `due` resolved against the meeting date, when both are known.
    due_date: str | None = None


@dataclass(frozen=True)
class Question:
    text: str
    time: float


@dataclass(frozen=True)
class Participant:
    name: str
    #: `introduced` ("I'm Maria"), `addressed` ("thanks, Maria"), `slack` (posted the file),
    #: `model` (named by the chat model).
    how: str
    time: float | None = None


@dataclass
class Notes:
    title: str
    participants: list[Participant] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    action_items: list[ActionItem] = field(default_factory=list)
    open_questions: list[Question] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    source: Literal["model", "offline"] = "offline"

    def as_data(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "participants": [asdict(item) for item in self.participants],
            "topics": [asdict(item) for item in self.topics],
            "decisions": [asdict(item) for item in self.decisions],
            "action_items": [asdict(item) for item in self.action_items],
            "open_questions": [asdict(item) for item in self.open_questions],
            "summary": list(self.summary),
            "source": self.source,
        }
