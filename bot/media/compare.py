"""How alike two pictures are, and where they differ.

Measures, for a pair:
- `orientation`: which of the eight flips and quarter turns of the first the second is
  (`bot.media.orientation`); the other measures are taken with the second turned back;
- `distance`: Hamming distance between 64-bit perceptual hashes (pHash, imagehash) in that
  orientation; 0 means the same picture at a glance, over ~20 unrelated pictures;
- `ssim`: structural similarity (Wang et al. 2004, 11×11 Gaussian window, σ 1.5)
  of the grayscale pictures at `WORK_SIDE` px, after the second is aligned onto the
  first by ORB features and a RANSAC homography when that succeeds (a crop, a
  zoom, a turn or a change of viewpoint), else after resizing it to the first's size;
- changed regions: where 1 − local SSIM exceeds `CHANGED`, cleaned up and boxed
  with OpenCV contours, in the first picture's pixel coordinates.

Verdicts:
- identical: the same pixels once decoded (upright, in one mode), whatever the file
  format or metadata; any lossy re-encode is at most a near-duplicate;
- near-duplicate: distance ≤ 10 and SSIM ≥ 0.70, or SSIM ≥ 0.90 (aligned), in the best
  orientation: a resize, re-encode, crop, small edit, mirror or quarter turn of one picture.
  Over 21 photographs, each in 8 orientations re-encoded at JPEG quality 60, the right
  orientation was the closest every time (distance ≤ 4), while unrelated pictures were
  never closer than 20 in any orientation;
- same-scene ("same scene, different viewpoint"): many features agree on one homography
  that moves the view, and the pixels agree where the pictures overlap
  (`bot.media.viewpoint`). It takes precedence over near-duplicate when the alignment
  needed perspective, as a second photograph of one scene does and a crop does not;
- different: anything else.
"""

from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageOps

from bot.media.matching import Match, match
from bot.media.orientation import orientations, undo
from bot.media.viewpoint import new_viewpoint

WORK_SIDE = 640
CHANGED = 0.35
MIN_REGION_SHARE = 0.0005
MAX_REGIONS = 20
NEAR_DISTANCE = 10
NEAR_SSIM_WITH_HASH = 0.70
NEAR_SSIM = 0.90


@dataclass(frozen=True)
class Region:
    x: int
    y: int
    width: int
    height: int


@dataclass(frozen=True)
class Comparison:
    distance: int
    ssim: float
    aligned: bool
    regions: tuple[Region, ...]
    #: Share of the first picture's area that changed (0–1).
    changed: float
    verdict: str
    #: What was done to the first to give the second (`bot.media.orientation` names).
    orientation: str = "identity"
    #: Features agreeing on the aligning homography (0 without one).
    inliers: int = 0


@dataclass(frozen=True)
class _Work:
    """The pair at working size: grayscale, the second aligned, and the change map."""

    first: np.ndarray
    second: np.ndarray
    valid: np.ndarray
    change: np.ndarray
    scale: float
    aligned: bool
    first_colour: np.ndarray
    second_colour: np.ndarray
    match: Match
    homography: np.ndarray | None
    moving_shape: tuple[int, ...]


def compare(first: Image.Image, second: Image.Image) -> tuple[Comparison, Image.Image]:
    """The measures and verdict for a pair, and a heat-map of where they differ."""
    first, second = _upright(first), _upright(second)
    if same_pixels(first, second):
        work = _prepare(first, second, "identity")
        return Comparison(0, 1.0, False, (), 0.0, "identical"), heat_map(work, ())
    found = orientations(first, second)
    best = found.best
    if best == "identity" or found.distances[best] > NEAR_DISTANCE:
        return _measure(first, second, "identity", found.as_given)
    turned = _measure(first, second, best, found.distances[best])
    if turned[0].verdict != "near-duplicate":
        return _measure(first, second, "identity", found.as_given)
    if found.as_given <= NEAR_DISTANCE:
        # a nearly symmetric picture: the orientation whose pixels agree better wins
        given = _measure(first, second, "identity", found.as_given)
        if given[0].verdict == "near-duplicate" and given[0].ssim >= turned[0].ssim:
            return given
    return turned


def same_pixels(first: Image.Image, second: Image.Image) -> bool:
    """Equal size and equal decoded pixels, in one mode (with alpha if either has it)."""
    if first.size != second.size:
        return False
    if first.mode != second.mode:
        alpha = "A" in first.getbands() or "A" in second.getbands()
        first, second = (
            first.convert("RGBA" if alpha else "RGB"),
            second.convert("RGBA" if alpha else "RGB"),
        )
    return np.array_equal(np.asarray(first), np.asarray(second))


def _upright(image: Image.Image) -> Image.Image:
    """`load_images` has turned its pictures upright already; others may carry EXIF."""
    if image.getexif().get(0x0112, 1) in (1, None):
        return image
    return ImageOps.exif_transpose(image)


def _measure(
    first: Image.Image, second: Image.Image, orientation: str, distance: int
) -> tuple[Comparison, Image.Image]:
    work = _prepare(first, second, orientation)
    score = ssim_mean(work)
    regions = _regions(work)
    changed = float((work.change > CHANGED)[work.valid].mean()) if work.valid.any() else 1.0
    comparison = Comparison(
        distance,
        round(score, 4),
        work.aligned,
        regions,
        round(changed, 4),
        verdict(distance, score, *_viewpoint(work)),
        orientation,
        work.match.inliers if work.aligned else 0,
    )
    return comparison, heat_map(work, regions)


def _viewpoint(work: _Work) -> tuple[bool, bool]:
    if not work.aligned:
        return False, False
    return new_viewpoint(
        work.match,
        work.homography,
        work.moving_shape,
        (work.first, work.second),
        (work.first_colour, work.second_colour),
        work.change,
        work.valid,
    )


def verdict(
    distance: int, ssim: float, new_viewpoint: bool = False, perspective: bool = False
) -> str:
    """Not identical (that is decided on pixels): near-duplicate, same-scene or different."""
    near = (distance <= NEAR_DISTANCE and ssim >= NEAR_SSIM_WITH_HASH) or ssim >= NEAR_SSIM
    if near and not (new_viewpoint and perspective):
        return "near-duplicate"
    if new_viewpoint:
        return "same-scene"
    return "different"


def ssim_map(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Local SSIM of two grayscale uint8 images of one size (Wang et al. 2004)."""
    x, y = first.astype(np.float64), second.astype(np.float64)

    def blur(image: np.ndarray) -> np.ndarray:
        return cv2.GaussianBlur(image, (11, 11), 1.5, borderType=cv2.BORDER_REFLECT)

    mu_x, mu_y = blur(x), blur(y)
    var_x = blur(x * x) - mu_x * mu_x
    var_y = blur(y * y) - mu_y * mu_y
    covariance = blur(x * y) - mu_x * mu_y
    c1, c2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2
    return ((2 * mu_x * mu_y + c1) * (2 * covariance + c2)) / (
        (mu_x * mu_x + mu_y * mu_y + c1) * (var_x + var_y + c2)
    )


def ssim(first: np.ndarray, second: np.ndarray) -> float:
    """Mean SSIM without the 5-pixel border the window cannot cover, as scikit-image does."""
    return float(ssim_map(first, second)[5:-5, 5:-5].mean())


def ssim_mean(work: _Work) -> float:
    local = 1.0 - work.change
    inside = cv2.erode(work.valid.astype(np.uint8), np.ones((11, 11), np.uint8)) > 0
    return float(local[inside].mean()) if inside.any() else float(local.mean())


def _resized(image: Image.Image, size: tuple[int, int], mode: str, orientation: str) -> np.ndarray:
    return undo(np.asarray(image.convert(mode).resize(size, Image.LANCZOS)), orientation)


def _prepare(first: Image.Image, second: Image.Image, orientation: str) -> _Work:
    """Both at the first picture's shape, no larger than `WORK_SIDE` or than the smaller
    picture: upsampling one would blur it into a difference. The second is turned back
    from `orientation` after resizing, which costs nothing at this size."""
    side = min(WORK_SIDE, max(first.size), max(second.size))
    scale = side / max(first.size)
    size = (max(16, round(first.width * scale)), max(16, round(first.height * scale)))
    other_scale = side / max(second.size)
    other_size = (
        max(16, round(second.width * other_scale)),
        max(16, round(second.height * other_scale)),
    )
    reference = _resized(first, size, "L", "identity")
    moving = _resized(second, other_size, "L", orientation)
    found = match(reference, moving)
    homography = _align(reference, moving, found)

    def into_frame(image: np.ndarray, interpolation: int = cv2.INTER_LINEAR) -> np.ndarray:
        if homography is None:
            return cv2.resize(image, size, interpolation=cv2.INTER_AREA)
        return cv2.warpPerspective(image, homography, size, flags=interpolation)

    warped = into_frame(moving)
    valid = into_frame(np.full(moving.shape, 255, np.uint8), cv2.INTER_NEAREST) > 0
    change = np.clip(1.0 - ssim_map(reference, warped), 0.0, 1.0)
    change[~valid] = 0.0
    return _Work(
        reference,
        warped,
        valid,
        change,
        size[0] / first.width,
        homography is not None,
        _resized(first, size, "RGB", "identity"),
        into_frame(_resized(second, other_size, "RGB", orientation)),
        found,
        homography,
        moving.shape,
    )


def _align(reference: np.ndarray, moving: np.ndarray, found: Match) -> np.ndarray | None:
    """The homography taking `moving` onto `reference` when features agree on one that
    is more than a resize, else None (the caller resizes)."""
    height, width = reference.shape
    homography = found.homography
    if homography is None or found.inliers < 12 or not _sane(homography):
        return None
    resize = np.diag([width / moving.shape[1], height / moving.shape[0], 1.0])
    nearly = homography / homography[2, 2] - resize
    if np.abs(nearly[:2, :2]).max() < 0.01 and np.abs(nearly[:2, 2]).max() < 1.0:
        return None
    covered = cv2.warpPerspective(
        np.full(moving.shape, 255, np.uint8), homography, (width, height), flags=cv2.INTER_NEAREST
    )
    return homography if (covered > 0).mean() >= 0.3 else None


def _sane(homography: np.ndarray) -> bool:
    """Not a degenerate or wildly distorting transform."""
    determinant = float(np.linalg.det(homography[:2, :2]))
    return (
        0.1 < determinant < 10 and abs(homography[2, 0]) < 0.002 and abs(homography[2, 1]) < 0.002
    )


def _regions(work: _Work) -> tuple[Region, ...]:
    mask = ((work.change > CHANGED) & work.valid).astype(np.uint8) * 255
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    mask = cv2.dilate(mask, np.ones((7, 7), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    area = mask.shape[0] * mask.shape[1]
    boxes = [cv2.boundingRect(c) for c in contours]
    boxes = [b for b in boxes if b[2] * b[3] >= MIN_REGION_SHARE * area]
    boxes.sort(key=lambda b: b[2] * b[3], reverse=True)
    scale = work.scale
    return tuple(
        Region(round(x / scale), round(y / scale), round(w / scale), round(h / scale))
        for x, y, w, h in boxes[:MAX_REGIONS]
    )


def heat_map(work: _Work, regions: tuple[Region, ...]) -> Image.Image:
    """Three panels: the first picture, the second as aligned to it, and the change
    as a heat-map over the first with changed regions boxed."""
    heat = cv2.cvtColor(
        cv2.applyColorMap((work.change * 255).astype(np.uint8), cv2.COLORMAP_JET),
        cv2.COLOR_BGR2RGB,
    )
    overlay = cv2.addWeighted(work.first_colour, 0.5, heat, 0.5, 0)
    for region in regions:
        x, y = round(region.x * work.scale), round(region.y * work.scale)
        w, h = round(region.width * work.scale), round(region.height * work.scale)
        cv2.rectangle(overlay, (x, y), (x + w, y + h), (255, 0, 0), 2)
    gap = np.full((work.first_colour.shape[0], 8, 3), 255, np.uint8)
    return Image.fromarray(np.hstack([work.first_colour, gap, work.second_colour, gap, overlay]))
