"""The boxes are visited from the lowest score up (np.argsort(scores) is ascending), so weak boxes suppress
strong ones. Visit them in descending score: np.argsort(-scores, kind="stable")."""

import numpy as np


def nms(boxes, scores, iou_threshold):
    order = np.argsort(scores, kind="stable")
    keep = []
    while order.size > 0:
        best, rest = order[0], order[1:]
        keep.append(best)
        overlap = box_iou(boxes[best : best + 1], boxes[rest])[0]  # noqa: F821  (the reference's)
        order = rest[overlap <= iou_threshold]
    return np.array(keep, dtype=np.int64)
