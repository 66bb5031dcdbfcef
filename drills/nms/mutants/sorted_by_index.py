"""The kept indices are returned sorted by index (np.sort(keep) or a boolean mask turned into indices);
return them in the order they were kept: descending score, ties by lower index."""

import numpy as np


def nms(boxes, scores, iou_threshold):
    order = np.argsort(-scores, kind="stable")
    keep = []
    while order.size > 0:
        best, rest = order[0], order[1:]
        keep.append(best)
        overlap = box_iou(boxes[best : best + 1], boxes[rest])[0]  # noqa: F821  (the reference's)
        order = rest[overlap <= iou_threshold]
    return np.sort(np.array(keep, dtype=np.int64))
