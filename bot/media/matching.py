"""ORB features matched under one homography, and what the homography says about the camera.

`compare` aligns the second picture onto the first with it (a crop, a zoom or a turn still
lines up), and uses its figures to tell a second view of one scene from an edit of one
picture: a view from elsewhere needs perspective (the corners move off any affine map) or
a shift of the frame, with many features agreeing on it, spread over both pictures.

Thresholds, from ORB at 640 px on 21 scikit-image photographs and the Middlebury stereo
pair, and on 10,423 pairs of different receipts and invoices (the hardest negatives: one
shop's receipts share a header and layout that match under a homography):
- `MIN_INLIERS` 40 and `MIN_INLIER_SHARE` 0.5 of the ratio-test matches: between 210
  pairs of different photographs at most 23 inliers, none with a sane homography;
- `MIN_SPREAD` 0.15: the inliers' convex hull covers at least this share of each picture
  (a shared letterhead alone covers ~0.1 of a receipt scan);
- `PERSPECTIVE` 1.5% of the diagonal: crops, zooms, turns up to 12°, squashes and JPEG
  re-encodes stay under 0.7% (a 4° turn of a photo with ~50 features reached 3.1%, hence
  the inlier floor), a perspective change moving the corners by 5% of the side gives 1.1–1.6%,
  by 8% gives 3–4%;
- `SHIFT` 3% of the diagonal: two scans of one template in register move under 2%.
"""

from dataclasses import dataclass

import cv2
import numpy as np

FEATURES = 1500
RATIO = 0.75
REPROJECTION_PX = 4.0
MIN_MATCHES = 12
MIN_INLIERS = 40
MIN_INLIER_SHARE = 0.5
MIN_SPREAD = 0.15
PERSPECTIVE = 0.015
SHIFT = 0.03


@dataclass(frozen=True)
class Match:
    """Features of `moving` matched to `reference` under one RANSAC homography."""

    homography: np.ndarray | None
    #: matches passing Lowe's ratio test, and how many of them agree on the homography
    good: int
    inliers: int
    #: the smaller share of either picture covered by the inliers' convex hull (0–1)
    spread: float

    @property
    def strong(self) -> bool:
        """Enough features, most of them agreeing, over much of both pictures."""
        return (
            self.homography is not None
            and self.inliers >= MIN_INLIERS
            and self.inliers >= MIN_INLIER_SHARE * self.good
            and self.spread >= MIN_SPREAD
        )


NO_MATCH = Match(None, 0, 0, 0.0)


def match(reference: np.ndarray, moving: np.ndarray) -> Match:
    """ORB features of two grayscale pictures, matched and fitted with a homography
    taking `moving` onto `reference`."""
    orb = cv2.ORB_create(FEATURES)
    keys_ref, desc_ref = orb.detectAndCompute(reference, None)
    keys_mov, desc_mov = orb.detectAndCompute(moving, None)
    if desc_ref is None or desc_mov is None:
        return NO_MATCH
    if len(keys_ref) < MIN_MATCHES or len(keys_mov) < MIN_MATCHES:
        return NO_MATCH
    pairs = cv2.BFMatcher(cv2.NORM_HAMMING).knnMatch(desc_mov, desc_ref, k=2)
    good = [p[0] for p in pairs if len(p) == 2 and p[0].distance < RATIO * p[1].distance]
    if len(good) < MIN_MATCHES:
        return Match(None, len(good), 0, 0.0)
    source = np.float32([keys_mov[m.queryIdx].pt for m in good])
    target = np.float32([keys_ref[m.trainIdx].pt for m in good])
    homography, mask = cv2.findHomography(
        source.reshape(-1, 1, 2), target.reshape(-1, 1, 2), cv2.RANSAC, REPROJECTION_PX
    )
    if homography is None:
        return Match(None, len(good), 0, 0.0)
    inlier = mask.ravel().astype(bool)
    spread = min(
        _hull_share(target[inlier], reference.shape), _hull_share(source[inlier], moving.shape)
    )
    return Match(homography, len(good), int(inlier.sum()), spread)


def _hull_share(points: np.ndarray, shape: tuple[int, ...]) -> float:
    if len(points) < 3:
        return 0.0
    return float(cv2.contourArea(cv2.convexHull(points))) / (shape[0] * shape[1])


@dataclass(frozen=True)
class Motion:
    """How far the homography moves the second picture's corners, as shares of the first
    picture's diagonal: off the closest affine map, and off a plain resize."""

    perspective: float
    shift: float

    @property
    def new_viewpoint(self) -> bool:
        return self.perspective >= PERSPECTIVE or self.shift >= SHIFT


def motion(homography: np.ndarray, moving: tuple[int, ...], reference: tuple[int, ...]) -> Motion:
    height, width = moving[:2]
    corners = np.float64([[0, 0], [width, 0], [width, height], [0, height]])
    moved = cv2.perspectiveTransform(corners.reshape(-1, 1, 2), homography).reshape(-1, 2)
    diagonal = float(np.hypot(reference[0], reference[1]))
    design = np.hstack([corners, np.ones((4, 1))])
    affine, *_ = np.linalg.lstsq(design, moved, rcond=None)
    resized = corners * [reference[1] / width, reference[0] / height]

    def off(fitted: np.ndarray) -> float:
        return float(np.hypot(*(fitted - moved).T).max() / diagonal)

    return Motion(off(design @ affine), off(resized))
