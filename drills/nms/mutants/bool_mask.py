"""nms returns a boolean keep-mask over the boxes; it must return the kept boxes' indices (int64), in
descending score order."""

import numpy as np


def nms(boxes, scores, iou_threshold):
    order = np.argsort(-scores, kind="stable")
    keep = np.zeros(len(scores), dtype=bool)
    while order.size > 0:
        best, rest = order[0], order[1:]
        keep[best] = True
        overlap = box_iou(boxes[best : best + 1], boxes[rest])[0]  # noqa: F821  (the reference's)
        order = rest[overlap <= iou_threshold]
    return keep
