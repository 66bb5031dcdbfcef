"""nms returns positions in the score-sorted order instead of indices into the original boxes: map each
kept position back through the sort (order[position])."""

import numpy as np


def nms(boxes, scores, iou_threshold):
    order = np.argsort(-scores, kind="stable")
    ranked = boxes[order]
    alive = np.arange(len(order))
    keep = []
    while alive.size > 0:
        best, rest = alive[0], alive[1:]
        keep.append(best)
        overlap = box_iou(ranked[best : best + 1], ranked[rest])[0]  # noqa: F821  (the reference's)
        alive = rest[overlap <= iou_threshold]
    return np.array(keep, dtype=np.int64)
