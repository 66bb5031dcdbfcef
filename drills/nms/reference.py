"""Reference solution: IoU of axis-aligned boxes and greedy non-maximum suppression."""

import numpy as np


def area(boxes):
    return (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])


def box_iou(a, b):
    top_left = np.maximum(a[:, None, :2], b[None, :, :2])  # (N, M, 2)
    bottom_right = np.minimum(a[:, None, 2:], b[None, :, 2:])
    wh = np.clip(bottom_right - top_left, 0.0, None)  # disjoint boxes overlap by 0, not a negative amount
    inter = wh[..., 0] * wh[..., 1]
    union = area(a)[:, None] + area(b)[None, :] - inter
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)


def nms(boxes, scores, iou_threshold):
    order = np.argsort(-scores, kind="stable")  # highest score first; equal scores keep index order
    keep = []
    while order.size > 0:
        best, rest = order[0], order[1:]
        keep.append(best)
        overlap = box_iou(boxes[best : best + 1], boxes[rest])[0]
        order = rest[overlap <= iou_threshold]  # suppress only IoU strictly above the threshold
    return np.array(keep, dtype=np.int64)
