"""`compare` benchmark: verdicts on real photographs, by kind of pair, with the time per pair.

    python bench/compare.py [--documents DIR] [--limit N]

The photographs are the ones scikit-image ships (astronaut, coffee, cat, rocket, …, and
the Middlebury stereo pair), so it runs without downloads; needs the `test` extra.
Kinds of pair and the verdict each should get:

- turned: each photo in its 8 flips and quarter turns, JPEG quality 60: near-duplicate,
  naming the orientation;
- copies: a crop, a half-size copy, a 4° turn, a squash, JPEG 60, a pasted label, a mirrored
  crop: near-duplicate;
- views: a perspective warp with new exposure, noise and JPEG 80, half of them with
  foreground blocks moved as parallax would: same-scene (or near-duplicate for the mildest);
- stereo: the Middlebury motorcycle pair: same-scene;
- unrelated: every pair of different photos: different.

With `--documents DIR`, every pair of the images in DIR (receipts of a few shops, say) should
not be same-scene: one shop's receipts share a header that features match.
"""

import argparse
import io
import itertools
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

PHOTOS = [
    *("astronaut", "coffee", "chelsea", "rocket", "camera", "horse", "coins", "brick"),
    *("grass", "gravel", "moon", "hubble_deep_field", "retina", "immunohistochemistry"),
    *("cell", "clock", "colorwheel", "logo", "page", "text"),
]


def photos():
    import numpy as np
    from PIL import Image
    from skimage import data

    out = {}
    for name in PHOTOS:
        pixels = getattr(data, name)()
        if pixels.dtype == bool:
            pixels = pixels.astype(np.uint8) * 255
        out[name] = Image.fromarray(pixels[..., :3] if pixels.ndim == 3 else pixels).convert("RGB")
    left, right, _ = data.stereo_motorcycle()
    return out, (Image.fromarray(left), Image.fromarray(right))


def jpeg(image, quality):
    from PIL import Image

    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def view(image, seed, strength, parallax):
    """The scene from elsewhere: corners moved by up to `strength` of the side."""
    import cv2
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(seed)
    pixels = np.asarray(image)
    height, width = pixels.shape[:2]
    corners = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    moved = corners + rng.uniform(-strength, strength, (4, 2)).astype(np.float32) * [width, height]
    homography = cv2.getPerspectiveTransform(corners, np.float32(moved))
    out = cv2.warpPerspective(pixels, homography, (width, height), borderMode=cv2.BORDER_REFLECT)
    for _ in range(3 if parallax else 0):
        w, h = int(width * rng.uniform(0.15, 0.3)), int(height * rng.uniform(0.15, 0.3))
        x, y = int(rng.integers(0, width - w)), int(rng.integers(0, height - h))
        at = cv2.perspectiveTransform(np.float32([[[x, y]]]), homography)[0, 0]
        at += rng.uniform(-0.08, 0.08, 2) * [width, height]
        nx, ny = int(np.clip(at[0], 0, width - w)), int(np.clip(at[1], 0, height - h))
        out[ny : ny + h, nx : nx + w] = pixels[y : y + h, x : x + w]
    lit = 255 * (out / 255) ** rng.uniform(0.75, 1.3) * rng.uniform(0.8, 1.15)
    lit = lit + rng.normal(0, 3, lit.shape)
    return jpeg(Image.fromarray(np.clip(lit, 0, 255).astype(np.uint8)), 80)


def pairs(documents: Path | None, limit: int | None):
    from PIL import Image, ImageDraw

    from bot.media.orientation import ORIENTATIONS

    pictures, stereo = photos()
    for picture in pictures.values():
        for orientation, (make, _, _) in ORIENTATIONS.items():
            turned = picture if make is None else picture.transpose(make)
            yield "turned", picture, jpeg(turned, 60), ("near-duplicate", orientation)
    for picture in pictures.values():
        w, h = picture.size
        label = picture.copy()
        ImageDraw.Draw(label).rectangle((w // 3, h // 4, w // 2, 3 * h // 8), fill=(20, 20, 20))
        mirrored = picture.crop((w // 20, 0, w, h)).transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        for copy in (
            picture.crop((int(w * 0.06), int(h * 0.05), int(w * 0.97), int(h * 0.96))),
            picture.resize((w // 2, h // 2)),
            picture.rotate(4, resample=Image.BICUBIC),
            picture.resize((w, int(h * 0.75))),
            jpeg(picture, 60),
            label,
            mirrored,
        ):
            yield "copies", picture, copy, ("near-duplicate", None)
    for seed, picture in enumerate(pictures.values()):
        for strength, parallax in itertools.product((0.08, 0.15), (False, True)):
            second = view(
                picture, 100 + 4 * seed + 2 * (strength > 0.1) + parallax, strength, parallax
            )
            yield "views", picture, second, ("same-scene", None)
    yield "stereo", stereo[0], stereo[1], ("same-scene", None)
    for first, second in itertools.combinations(pictures.values(), 2):
        yield "unrelated", first, second, ("different", None)
    if documents:
        files = sorted(p for p in documents.iterdir() if p.suffix.lower() in {".jpg", ".png"})
        files = files[:limit] if limit else files
        for first, second in itertools.combinations(files, 2):
            yield (
                "documents",
                Image.open(first).convert("RGB"),
                Image.open(second).convert("RGB"),
                ("not same-scene", None),
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=Path, help="a folder of document scans")
    parser.add_argument("--limit", type=int, help="at most this many documents")
    args = parser.parse_args()
    from bot.media.compare import compare

    right, total, seen, seconds = Counter(), Counter(), {}, Counter()
    for kind, first, second, (expected, orientation) in pairs(args.documents, args.limit):
        started = time.perf_counter()
        comparison, _ = compare(first, second)
        seconds[kind] += time.perf_counter() - started
        total[kind] += 1
        seen.setdefault(kind, Counter())[comparison.verdict] += 1
        if expected == "not same-scene":
            right[kind] += comparison.verdict != "same-scene"
        else:
            right[kind] += comparison.verdict == expected and orientation in (
                None,
                comparison.orientation,
            )
    print(f"{'pairs':10} {'right':>9} {'ms/pair':>8}  verdicts")
    for kind in total:
        verdicts = ", ".join(f"{v} {n}" for v, n in seen[kind].most_common())
        ms = 1000 * seconds[kind] / total[kind]
        print(f"{kind:10} {right[kind]:>4}/{total[kind]:<4} {ms:8.0f}  {verdicts}")


if __name__ == "__main__":
    main()
