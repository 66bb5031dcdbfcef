"""The intersection's width and height are not clipped at 0: for boxes that do not overlap, min(x2) −
max(x1) is negative, which gives negative (or, when both are negative, positive) "overlaps". Clip each of
them with max(0, ·) before multiplying."""

import numpy as np


def box_iou(a, b):
    top_left = np.maximum(a[:, None, :2], b[None, :, :2])
    bottom_right = np.minimum(a[:, None, 2:], b[None, :, 2:])
    wh = bottom_right - top_left
    inter = wh[..., 0] * wh[..., 1]
    union = area(a)[:, None] + area(b)[None, :] - inter  # noqa: F821  (the reference's)
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
