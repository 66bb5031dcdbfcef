"""box_iou is transposed: iou[i, j] compares a[i] with b[j], so the result has shape (len(a), len(b))."""

import numpy as np


def box_iou(a, b):
    top_left = np.maximum(b[:, None, :2], a[None, :, :2])
    bottom_right = np.minimum(b[:, None, 2:], a[None, :, 2:])
    wh = np.clip(bottom_right - top_left, 0.0, None)
    inter = wh[..., 0] * wh[..., 1]
    union = area(b)[:, None] + area(a)[None, :] - inter  # noqa: F821  (the reference's)
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)


def nms(boxes, scores, iou_threshold):
    order = np.argsort(-scores, kind="stable")
    keep = []
    while order.size > 0:
        best, rest = order[0], order[1:]
        keep.append(best)
        order = rest[box_iou(boxes[best : best + 1], boxes[rest])[:, 0] <= iou_threshold]
    return np.array(keep, dtype=np.int64)
