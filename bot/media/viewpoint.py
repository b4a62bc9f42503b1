"""Is the second picture the first one's scene seen from elsewhere?

Features agreeing on one homography are not enough: one shop's receipts share a header and
a layout that match under a homography as well as a second photograph of one scene does.
So, besides a strong match that moves the view (`bot.media.matching`):
- inside the overlap, at least `SCENE_AGREEMENT` of the textured pixels must agree
  (local SSIM > 0.5): 0.40 for the Middlebury stereo pair; for 122 perspective views of
  photographs median 0.83, 5th percentile 0.36; for 100 pairs of different documents of one
  shop or template that matched, median 0.19, 95th percentile 0.48;
- for two pages (at least `PAGE` of each is blank paper: bright, flat and colourless),
  only perspective counts as another viewpoint, not a shift of the frame. A shifted scan of
  a page is the same view of it; 19 of 10,423 pairs of different receipts and invoices
  came out as the same scene before this rule, none after. Receipts are ≥ 0.44 blank
  paper, invoice pages ≥ 0.58; 24 of 30 other pictures ≤ 0.37 (a horse on white 0.63, a
  scanned page 0.51, street-map renders 0.39–0.55).
"""

import cv2
import numpy as np

from bot.media.matching import PERSPECTIVE, Match, motion

SCENE_AGREEMENT = 0.3
#: local standard deviation (of 255) above which a pixel has texture to agree on
TEXTURED = 12.0
PAGE = 0.4


def new_viewpoint(
    found: Match,
    homography: np.ndarray | None,
    moving_shape: tuple[int, ...],
    pair: tuple[np.ndarray, np.ndarray],
    colours: tuple[np.ndarray, np.ndarray],
    change: np.ndarray,
    valid: np.ndarray,
) -> tuple[bool, bool]:
    """Whether the second shows the first's scene from elsewhere, and whether getting there
    needed perspective. `pair` is both grayscale pictures in the first's frame, the second
    warped by `homography`; `change` is 1 − local SSIM, `valid` where the second covers."""
    if homography is None or not found.strong:
        return False, False
    moved = motion(homography, moving_shape, pair[0].shape)
    perspective = moved.perspective >= PERSPECTIVE
    if not moved.new_viewpoint:
        return False, False
    if not perspective and min(paper(colours[0]), paper(colours[1], valid)) >= PAGE:
        return False, False
    if agreement(pair, change, valid) < SCENE_AGREEMENT:
        return False, False
    return True, perspective


def agreement(pair: tuple[np.ndarray, np.ndarray], change: np.ndarray, valid: np.ndarray) -> float:
    """Share of the textured pixels inside the overlap whose local SSIM exceeds 0.5."""
    inside = cv2.erode(valid.astype(np.uint8), np.ones((11, 11), np.uint8)) > 0
    textured = inside & ((_local_sd(pair[0]) > TEXTURED) | (_local_sd(pair[1]) > TEXTURED))
    if textured.sum() < 100:
        return 0.0
    return float((change[textured] < 0.5).mean())


def paper(colour: np.ndarray, where: np.ndarray | None = None) -> float:
    """Share of an RGB picture (or of its pixels `where`) that is blank paper: bright, flat
    and colourless."""
    gray = cv2.cvtColor(colour, cv2.COLOR_RGB2GRAY).astype(np.float32)
    mean = cv2.blur(gray, (7, 7))
    flat = np.sqrt(np.maximum(cv2.blur(gray * gray, (7, 7)) - mean * mean, 0)) < 8
    saturation = cv2.cvtColor(colour, cv2.COLOR_RGB2HSV)[..., 1]
    blank = flat & (mean > 140) & (saturation < 40)
    return float(blank[where].mean() if where is not None and where.any() else blank.mean())


def _local_sd(image: np.ndarray) -> np.ndarray:
    pixels = image.astype(np.float32)
    mean = cv2.GaussianBlur(pixels, (11, 11), 1.5)
    return np.sqrt(np.maximum(cv2.GaussianBlur(pixels * pixels, (11, 11), 1.5) - mean * mean, 0))
