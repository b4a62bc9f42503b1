"""Which of the eight flips and quarter turns of a picture best matches another.

A mirrored or rotated copy of a photo is a near-duplicate, yet its perceptual hash is about
as far from the original's as an unrelated picture's (~32 of 64), and ORB features are
blind to a mirror. pHash reads a 32×32 grayscale thumbnail, and the thumbnail of a flipped
or turned picture is the flipped or turned thumbnail: so the eight orientations (the
dihedral group of the square) cost one resize and eight hashes of 32×32 pixels, not eight
full-size transforms. For the orientation as given, the hash is exactly `imagehash.phash`.

An orientation's name says what was done to the first picture to give the second, turns
clockwise: `rotate-90` means the second is the first turned a quarter clockwise,
`mirror-rotate-90` the first mirrored left–right and then turned a quarter clockwise.
"""

from dataclasses import dataclass

import imagehash
import numpy as np
from PIL import Image

HASH_SIDE = 32  # imagehash.phash: hash_size 8 × highfreq_factor 4

_T = Image.Transpose
#: name → (the transpose that makes the second from the first, the one that undoes it,
#: the words for it in a reply)
ORIENTATIONS: dict[str, tuple[_T | None, _T | None, str]] = {
    "identity": (None, None, "as given"),
    "rotate-90": (_T.ROTATE_270, _T.ROTATE_90, "rotated 90° clockwise"),
    "rotate-180": (_T.ROTATE_180, _T.ROTATE_180, "rotated 180°"),
    "rotate-270": (_T.ROTATE_90, _T.ROTATE_270, "rotated 90° counter-clockwise"),
    "mirror": (_T.FLIP_LEFT_RIGHT, _T.FLIP_LEFT_RIGHT, "mirrored left–right"),
    "mirror-rotate-90": (
        _T.TRANSVERSE,
        _T.TRANSVERSE,
        "mirrored left–right and rotated 90° clockwise",
    ),
    "mirror-rotate-180": (_T.FLIP_TOP_BOTTOM, _T.FLIP_TOP_BOTTOM, "flipped upside down"),
    "mirror-rotate-270": (
        _T.TRANSPOSE,
        _T.TRANSPOSE,
        "mirrored left–right and rotated 90° counter-clockwise",
    ),
}


@dataclass(frozen=True)
class Orientation:
    """The hash distance of the second picture to the first in each orientation."""

    distances: dict[str, int]

    @property
    def best(self) -> str:
        """The closest orientation; the picture as given wins a tie."""
        return min(self.distances, key=lambda name: (self.distances[name], name != "identity"))

    @property
    def as_given(self) -> int:
        return self.distances["identity"]


def thumbnail(image: Image.Image) -> Image.Image:
    """The grayscale 32×32 picture that pHash reads."""
    return image.convert("L").resize((HASH_SIDE, HASH_SIDE), Image.LANCZOS)


def orientations(first: Image.Image, second: Image.Image) -> Orientation:
    """Hash distances from `second` to each of the eight orientations of `first`."""
    small = thumbnail(first)
    target = imagehash.phash(thumbnail(second))
    return Orientation(
        {
            name: int(imagehash.phash(small if make is None else small.transpose(make)) - target)
            for name, (make, _undo, _words) in ORIENTATIONS.items()
        }
    )


def undo(image: np.ndarray, name: str) -> np.ndarray:
    """`image` (the second picture, or a resized copy) turned back to the first's orientation."""
    reverse = ORIENTATIONS[name][1]
    if reverse is None:
        return image
    return np.asarray(Image.fromarray(image).transpose(reverse))


def words(name: str) -> str:
    return ORIENTATIONS[name][2]
