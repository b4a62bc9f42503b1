"""Local transcription benchmark: real-time factor and word/character error rate.

    python bench/transcribe.py [--minutes 10] [--models tiny.en,base] [--quick]

Audio: the clips in ../shared/data/audio (with their reference transcripts) and a long
generated meeting: the shared English clips, the pyannote two-speaker sample and a
scripted discussion spoken by espeak-ng in several voices, separated by pauses of
0.2-1.5 s and now and then a long silence (20-60 s), repeated to `--minutes`.

Each configuration (model × beam 1/5 × VAD on/off × batched or sequential 30-s windows)
runs through the `local-whisper` provider as the bot runs it. "x RT" is audio seconds
per wall second including the model load (measured once per model, cold, and added);
the meeting is the target case: tiny.en ≥ 25× real time on 2 cores. "(cpu)" is the
same with CPU seconds / threads in place of wall seconds: what an idle machine would
give, since the machine is shared and wall times depend on the others' load. The
provider's defaults are marked *. WER is over
lower-cased words without punctuation; on the meeting the pyannote sample (no reference
transcript) is left out of the score by time (segments whose middle falls in it).
CER (Chinese) is over characters, both sides in Simplified script.

The machine is shared: the 1-minute load average before and after is printed.
"""

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import wave
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np

from bot.config import parse_settings
from bot.providers import whisper
from bot.providers.types import TranscribeRequest, Transcript
from bot.providers.whisper import LocalWhisper
from bot.speech.scripts import to_script

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
RATE = 16000
TARGET = 25.0

DISCUSSION = [
    ("en-us", "Good morning everyone, let us start with the status of the website release."),
    ("en-gb", "The new checkout page is finished and the tests are passing on the staging server."),
    ("en-us+f3", "We still have a problem with the payment provider in the European region."),
    ("en-gb-scotland", "I talked to their support team and they promised a fix this week."),
    ("en-us", "So we decided to delay the launch until the payment problem is solved."),
    ("en-gb+f2", "Maria will write the announcement for customers by Friday."),
    ("en-us+m3", "Peter, can you check the database migration before the next meeting?"),
    ("en-gb", "Yes, I will run the migration on a copy of the production data tomorrow."),
    ("en-us+f3", "What about the mobile application, is the design review done?"),
    ("en-gb-x-rp", "The designers need two more days, they are changing the colours of the menu."),
    ("en-us", "Let us go with the blue version, the customers liked it in the survey."),
    ("en-gb+f2", "The last topic is the budget for the next quarter."),
    ("en-us+m3", "We have spent less than planned on servers, so there is room for a new hire."),
    ("en-gb-scotland", "I suggest we open a position for a support engineer in March."),
    ("en-us", "Good, that is agreed. Thank you all, see you next week."),
]


@dataclass
class Clip:
    name: str
    audio: np.ndarray
    reference: str | None
    language: str


@dataclass(frozen=True)
class Config:
    model: str
    beam: int
    vad: bool
    batched: bool
    conditioned: bool = False

    @property
    def label(self) -> str:
        how = "batched" if self.batched else "sequential"
        how += " conditioned" if self.conditioned else ""
        return f"{self.model:8} beam {self.beam}  VAD {'on ' if self.vad else 'off'}  {how}"

    @property
    def is_default(self) -> bool:
        beam = 1 if self.model.endswith(".en") else 5
        return self == Config(self.model, beam, True, False)


def decoded(path: Path) -> np.ndarray:
    from faster_whisper import decode_audio

    return decode_audio(str(path), sampling_rate=RATE)


def spoken(text: str, voice: str, folder: Path) -> np.ndarray:
    path = folder / f"say-{abs(hash((text, voice)))}.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-s", "160", "-w", str(path), text], check=True)
    return decoded(path)


def shared_clips() -> list[Clip]:
    clips = []
    for label in sorted((DATA / "audio").glob("*/*.json")):
        meta = json.loads(label.read_text())
        audio = decoded(label.with_name(meta["file"]))
        clips.append(Clip(label.stem, audio, meta["reference_transcript"], meta["language"]))
    return clips


def meeting(minutes: float, clips: list[Clip], folder: Path) -> tuple[Clip, list[tuple]]:
    """The long meeting and the (start, end) spans of the unscored pyannote sample."""
    rng = random.Random(7)
    said = [Clip("espeak", spoken(text, voice, folder), text, "en") for voice, text in DISCUSSION]
    english = [clip for clip in clips if clip.language == "en"]
    pyannote = Clip("pyannote", decoded(DATA / "meetings/pyannote_sample/sample.wav"), None, "en")
    block = [*said[:5], english[0], *said[5:10], pyannote, *said[10:], *english[1:]]
    pieces, words, unscored, at = [], [], [], 0.0
    while at < minutes * 60:
        for clip in block:
            pause = rng.uniform(20, 60) if rng.random() < 0.03 else rng.uniform(0.2, 1.5)
            pieces += [np.zeros(int(pause * RATE), np.float32), clip.audio]
            at += pause
            if clip.reference is None:
                unscored.append((at, at + len(clip.audio) / RATE))
            else:
                words.append(clip.reference)
            at += len(clip.audio) / RATE
            if at >= minutes * 60:
                break
    audio = np.concatenate(pieces)
    return Clip(f"meeting {at / 60:.0f} min", audio, " ".join(words), "en"), unscored


def normalised_words(text: str) -> list[str]:
    return re.sub(r"[^\w\s']", " ", text.lower().replace("-", " ")).split()


def chinese_characters(text: str) -> list[str]:
    return [c for c in to_script(text, "hans") if c.isalnum()]


def edit_distance(reference: list[str], hypothesis: list[str]) -> int:
    previous = list(range(len(hypothesis) + 1))
    for i, word in enumerate(reference, 1):
        current = [i]
        for j, other in enumerate(hypothesis, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (word != other))
            )
        previous = current
    return previous[-1]


def error_rate(clip: Clip, transcript: Transcript, unscored: list[tuple]) -> float:
    kept = [
        s.text
        for s in transcript.segments
        if not any(a <= (s.start + s.end) / 2 <= b for a, b in unscored)
    ]
    split = chinese_characters if clip.language == "zh" else normalised_words
    reference, hypothesis = split(clip.reference or ""), split(" ".join(kept))
    return edit_distance(reference, hypothesis) / max(1, len(reference))


def provider(config: Config, threads: int) -> LocalWhisper:
    settings = parse_settings(
        {
            "providers": {
                "local-whisper": {
                    "kind": "local-whisper",
                    "models": {"transcribe": config.model},
                    "options": {
                        "beam_size": config.beam,
                        "vad": config.vad,
                        "batch_size": 8 if config.batched else 0,
                        "cpu_threads": threads,
                        "condition_on_previous_text": config.conditioned,
                    },
                }
            }
        }
    )
    return LocalWhisper("local-whisper", settings.providers["local-whisper"])


def load_seconds(model: str, threads: int) -> float:
    """A cold load of `model`, as the first job of a process pays it."""
    whisper._load.cache_clear()
    whisper._batched.cache_clear()
    local = provider(Config(model, 1, True, False), threads)
    started = time.perf_counter()
    local._model(model)
    return time.perf_counter() - started


def run(config: Config, clip: Clip, folder: Path, threads: int) -> tuple[Transcript, float, float]:
    """The transcript, wall seconds and CPU seconds (all threads) it took."""
    path = folder / "clip.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes((np.clip(clip.audio, -1, 1) * 32767).astype("<i2").tobytes())
    local = provider(config, threads)
    started, cpu = time.perf_counter(), time.process_time()
    transcript = local.transcribe(TranscribeRequest(path, language=clip.language))
    return transcript, time.perf_counter() - started, time.process_time() - cpu


def whole_pipeline(long: Clip, unscored: list[tuple], folder: Path) -> None:
    """`transcribe_media` as the skills call it: 10-minute chunks, language detected on the
    first by the multilingual model, cold model loads included."""
    from bot.config import Settings
    from bot.media.audio import write_wav
    from bot.providers import Router
    from bot.providers.router import CallContext
    from bot.speech.transcribe import transcribe_media

    path = write_wav(long.audio, folder / "meeting.wav")
    whisper._load.cache_clear()
    started = time.perf_counter()
    transcript = transcribe_media(
        path, models=Router(Settings()), context=CallContext(), workdir=folder
    )
    wall = time.perf_counter() - started
    seconds = len(long.audio) / RATE
    label = f"transcribe_media, detected {transcript.language} -> {transcript.model}"
    print(
        f"*{label:47} {long.name:>15} {seconds / wall:5.1f} {'':6} "
        f"{error_rate(long, transcript, unscored):8.1%}  (chunks, detection, loads included)"
    )


def configs(models: list[str], quick: bool, defaults: bool) -> list[Config]:
    grid = []
    for model in models:
        if defaults:
            grid.append(Config(model, 1 if model.endswith(".en") else 5, True, False))
            continue
        for beam in (1, 5):
            grid += [Config(model, beam, True, False), Config(model, beam, True, True)]
            if not quick:
                grid += [Config(model, beam, True, False, True), Config(model, beam, False, False)]
    return grid


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--models", default="tiny.en,base")
    parser.add_argument("--threads", type=int, default=whisper.default_threads())
    parser.add_argument("--quick", action="store_true", help="skip VAD-off runs")
    parser.add_argument("--clips", action="store_true", help="short clips only")
    parser.add_argument("--defaults", action="store_true", help="the provider defaults only")
    args = parser.parse_args()
    models = args.models.split(",")
    print(
        f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores; "
        f"{args.threads} threads"
    )
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        clips = shared_clips()
        long, unscored = meeting(args.minutes, clips, folder) if not args.clips else (None, [])
        loads = {model: load_seconds(model, args.threads) for model in models}
        print("cold model load: " + ", ".join(f"{m} {s:.1f} s" for m, s in loads.items()))
        print(f"\n{'configuration':48} {'audio':>15} {'x RT':>5} {'(cpu)':>6} {'WER/CER':>8}")
        for config in configs(models, args.quick, args.defaults):
            cases = [c for c in clips if c.language == "en" or not config.model.endswith(".en")]
            seconds = sum(len(c.audio) for c in cases) / RATE
            wall, cpu, errors = loads[config.model], loads[config.model] * args.threads, []
            for clip in cases:
                transcript, spent, used = run(config, clip, folder, args.threads)
                wall, cpu = wall + spent, cpu + used
                errors.append(f"{error_rate(clip, transcript, []):.0%}")
            mark = "*" if config.is_default else " "
            print(
                f"{mark}{config.label:47} {f'{len(cases)} clips {seconds:3.0f} s':>15} "
                f"{seconds / wall:5.1f} {seconds / (cpu / args.threads):6.1f} {'/'.join(errors)}"
            )
            if long is not None:
                transcript, spent, used = run(config, long, folder, args.threads)
                load = loads[config.model]
                seconds = len(long.audio) / RATE
                speed = seconds / (spent + load)
                ideal = seconds / (used / args.threads + load)
                goal = f"target ≥ {TARGET:.0f}×: {'met' if speed >= TARGET else 'missed'}"
                print(
                    f"{'':48} {long.name:>15} {speed:5.1f} {ideal:6.1f} "
                    f"{error_rate(long, transcript, unscored):8.1%}  "
                    f"{goal if config.model == 'tiny.en' else ''}"
                )
        if long is not None:
            whole_pipeline(long, unscored, folder)
    print(f"\nload average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
