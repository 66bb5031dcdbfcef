"""A box that has already been suppressed still suppresses later boxes. Only kept boxes suppress: skip a
suppressed box entirely (remove it from the candidates) instead of comparing others against it."""

import numpy as np


def nms(boxes, scores, iou_threshold):
    order = np.argsort(-scores, kind="stable")
    suppressed = np.zeros(len(scores), dtype=bool)
    keep = []
    for position, i in enumerate(order):
        if not suppressed[i]:
            keep.append(i)
        rest = order[position + 1 :]
        suppressed[rest] |= box_iou(boxes[i : i + 1], boxes[rest])[0] > iou_threshold  # noqa: F821
    return np.array(keep, dtype=np.int64)
