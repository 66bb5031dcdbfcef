"""Equal scores are visited higher index first (np.argsort(scores)[::-1] reverses the tie order too); ties
go to the lower index: use np.argsort(-scores, kind="stable")."""

import numpy as np


def nms(boxes, scores, iou_threshold):
    order = np.argsort(scores, kind="stable")[::-1]
    keep = []
    while order.size > 0:
        best, rest = order[0], order[1:]
        keep.append(best)
        overlap = box_iou(boxes[best : best + 1], boxes[rest])[0]  # noqa: F821  (the reference's)
        order = rest[overlap <= iou_threshold]
    return np.array(keep, dtype=np.int64)
