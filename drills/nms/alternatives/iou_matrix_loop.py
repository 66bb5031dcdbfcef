"""A correct solution that builds the full IoU matrix once (a loop over the rows of a, each vectorised
over b) and then runs NMS as a Python loop with a suppressed flag per box."""

import numpy as np


def box_iou(a, b):
    out = np.zeros((len(a), len(b)))
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    for i, (x1, y1, x2, y2) in enumerate(a):
        w = np.maximum(0.0, np.minimum(x2, b[:, 2]) - np.maximum(x1, b[:, 0]))
        h = np.maximum(0.0, np.minimum(y2, b[:, 3]) - np.maximum(y1, b[:, 1]))
        inter = w * h
        union = (x2 - x1) * (y2 - y1) + area_b - inter
        positive = union > 0
        out[i, positive] = inter[positive] / union[positive]
    return out


def nms(boxes, scores, iou_threshold):
    n = len(scores)
    iou = box_iou(boxes, boxes)
    order = sorted(range(n), key=lambda i: (-scores[i], i))
    suppressed = [False] * n
    keep = []
    for i in order:
        if suppressed[i]:
            continue
        keep.append(i)
        for j in np.nonzero(iou[i] > iou_threshold)[0]:
            suppressed[j] = True
    return np.asarray(keep, dtype=np.int64).reshape(-1)
