"""Only the intersection area is clipped (max(0, w·h)), not its width and height: for boxes apart along
both axes, two negative sides multiply to a positive "overlap". Clip the width and the height separately."""

import numpy as np


def box_iou(a, b):
    top_left = np.maximum(a[:, None, :2], b[None, :, :2])
    bottom_right = np.minimum(a[:, None, 2:], b[None, :, 2:])
    wh = bottom_right - top_left
    inter = np.maximum(wh[..., 0] * wh[..., 1], 0.0)
    union = area(a)[:, None] + area(b)[None, :] - inter  # noqa: F821  (the reference's)
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
