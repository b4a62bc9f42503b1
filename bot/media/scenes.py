"""One keyframe per visual change: a slide, a shared screen, a new shot.

Signals on a small grayscale copy of each frame decide whether the picture changed: the
perceptual hash distance (imagehash pHash, 64 bits), SSIM, and which pixels changed
clearly. Each alone misleads: pHash flips many bits on a dark or plain picture with sensor
noise, and SSIM barely moves when a title or one line changes on a slide of the same
template. A change is a large SSIM drop, a hash distance of `HASH_CHANGED` bits with a
moderate SSIM drop, or an edit: on a picture otherwise the same, at least `PIXELS_CHANGED`
of the pixels differ by more than `PIXEL_STEP` grey levels (after a blur that noise and
compression do not get through), and they are strokes (text, lines, a drawing) rather than
a solid shape: a box, a pointer or a face moving in a webcam tile is not a new slide.

A fade or a scroll is not a string of changes: a picture that does not stay
(`SETTLE_SECONDS`) is a passing one, and the next picture takes its place in the same
keyframe, which keeps the time the change began; a flicker that returns to the previous
picture merges back into it. Only the chosen keyframes are kept, downsized to `KEEP_SIDE`;
past `max_keyframes` the two neighbours that look most alike are merged, so memory is
bounded whatever the length.
"""

from collections.abc import Iterable
from dataclasses import dataclass

import cv2
import imagehash
import numpy as np
from PIL import Image

from bot.media.video import Frame

KEEP_SIDE = 960
HASH_CHANGED = 10
SSIM_CHANGED_WITH_HASH = 0.95
SSIM_CHANGED = 0.90
PIXEL_STEP = 32
PIXELS_CHANGED = 0.0004
MAX_SOLID_SHARE = 0.5
_SOLID = np.ones((5, 5), np.uint8)
#: Above this SSIM the rest of the picture is unchanged, so a small sharp change is an edit,
#: not one step of a fade.
SSIM_LOCAL_ONLY = 0.95
SETTLE_SECONDS = 2.5
# A transition longer than this (a scroll, a video playing) is cut into several keyframes.
MAX_TRANSITION_SECONDS = 15.0
_WORK_SIZE = (256, 144)
_HASH_INPUT = 32
_C1, _C2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2


@dataclass(frozen=True)
class Keyframe:
    time: float
    end: float
    image: Image.Image


@dataclass(frozen=True)
class Signature:
    hash: imagehash.ImageHash
    gray: np.ndarray


def signature(frame: Frame) -> Signature:
    gray = frame.gray(_WORK_SIZE)
    # pHash reads a 32 px square; shrinking to it here is 25 times cheaper than its own resize.
    square = cv2.resize(gray, (_HASH_INPUT, _HASH_INPUT), interpolation=cv2.INTER_AREA)
    return Signature(imagehash.phash(Image.fromarray(square.astype(np.uint8))), gray)


def ssim(first: np.ndarray, second: np.ndarray) -> float:
    """Mean structural similarity (Gaussian window, σ 1.5) of two equal-size gray arrays."""

    def blur(values: np.ndarray) -> np.ndarray:
        return cv2.GaussianBlur(values, (7, 7), 1.5)

    mu1, mu2 = blur(first), blur(second)
    var1 = blur(first * first) - mu1 * mu1
    var2 = blur(second * second) - mu2 * mu2
    covariance = blur(first * second) - mu1 * mu2
    score = ((2 * mu1 * mu2 + _C1) * (2 * covariance + _C2)) / (
        (mu1 * mu1 + mu2 * mu2 + _C1) * (var1 + var2 + _C2)
    )
    return float(score.mean())


def changed(first: Signature, second: Signature) -> bool:
    similarity = ssim(first.gray, second.gray)
    if similarity < SSIM_CHANGED:
        return True
    if first.hash - second.hash >= HASH_CHANGED and similarity < SSIM_CHANGED_WITH_HASH:
        return True
    return similarity >= SSIM_LOCAL_ONLY and edited(first.gray, second.gray)


def edited(first: np.ndarray, second: np.ndarray) -> bool:
    """Whether strokes changed clearly: a new word or title on a slide, not sensor noise
    and not a solid shape moving (what survives an opening by `_SOLID` is solid)."""
    difference = cv2.absdiff(cv2.blur(first, (3, 3)), cv2.blur(second, (3, 3)))
    mask = (difference > PIXEL_STEP).astype(np.uint8)
    count = int(mask.sum())
    if count < PIXELS_CHANGED * mask.size:
        return False
    solid = int(cv2.morphologyEx(mask, cv2.MORPH_OPEN, _SOLID).sum())
    return solid <= MAX_SOLID_SHARE * count


def difference(first: Signature, second: Signature) -> float:
    """How unlike two pictures are, for choosing which neighbours to merge."""
    return (1.0 - ssim(first.gray, second.gray)) * 64 + (first.hash - second.hash) / 4


@dataclass
class _Scene:
    time: float
    end: float
    image: Image.Image
    signature: Signature
    settled: bool = False

    def show(self, frame: Frame, signature: Signature) -> None:
        self.image, self.signature, self.end = _keep(frame.image), signature, frame.time


def keyframes(frames: Iterable[Frame], *, max_keyframes: int = 60) -> list[Keyframe]:
    """The keyframes of a frame sequence, in time order, at most `max_keyframes`."""
    scenes: list[_Scene] = []
    for frame in frames:
        mark = signature(frame)
        if not scenes:
            scenes.append(_Scene(frame.time, frame.time, _keep(frame.image), mark))
            continue
        current = scenes[-1]
        if not changed(current.signature, mark):
            current.end, current.settled = frame.time, True
            continue
        passing = not current.settled and frame.time - current.end < SETTLE_SECONDS
        if passing and frame.time - current.time < MAX_TRANSITION_SECONDS:
            previous = scenes[-2] if len(scenes) > 1 else None
            if previous is not None and not changed(previous.signature, mark):
                scenes.pop()
                previous.end = frame.time
            else:
                current.show(frame, mark)
            continue
        current.settled = True
        scenes.append(_Scene(frame.time, frame.time, _keep(frame.image), mark))
        if len(scenes) > max_keyframes + 1:
            _merge_closest(scenes, len(scenes) - 1)
    while len(scenes) > max(1, max_keyframes):
        _merge_closest(scenes, len(scenes))
    return [Keyframe(scene.time, scene.end, scene.image) for scene in scenes]


def _merge_closest(scenes: list[_Scene], among: int) -> None:
    """Merge the most alike neighbours among the first `among` scenes into one."""
    pairs = range(among - 1)
    at = min(pairs, key=lambda i: difference(scenes[i].signature, scenes[i + 1].signature))
    first, second = scenes[at], scenes[at + 1]
    keep = first if first.end - first.time >= second.end - second.time else second
    first.image, first.signature = keep.image, keep.signature
    first.end = max(first.end, second.end)
    first.settled = first.settled or second.settled
    del scenes[at + 1]


def _keep(image: Image.Image) -> Image.Image:
    if max(image.size) <= KEEP_SIDE:
        return image
    copy = image.copy()
    copy.thumbnail((KEEP_SIDE, KEEP_SIDE), Image.Resampling.BILINEAR)
    return copy
