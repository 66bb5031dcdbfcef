"""A correct solution in the classic Fast R-CNN / torchvision CPU style: coordinate columns, outer
min/max for the IoU matrix, np.lexsort for the order, and per kept box the IoU with the remaining ones."""

import numpy as np


def box_iou(a, b):
    ax1, ay1, ax2, ay2 = a.T
    bx1, by1, bx2, by2 = b.T
    w = (np.minimum.outer(ax2, bx2) - np.maximum.outer(ax1, bx1)).clip(min=0)
    h = (np.minimum.outer(ay2, by2) - np.maximum.outer(ay1, by1)).clip(min=0)
    inter = w * h
    union = np.add.outer((ax2 - ax1) * (ay2 - ay1), (bx2 - bx1) * (by2 - by1)) - inter
    safe = np.where(union > 0, union, 1.0)
    return np.where(union > 0, inter / safe, 0.0)


def nms(boxes, scores, iou_threshold):
    x1, y1, x2, y2 = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    areas = (x2 - x1) * (y2 - y1)
    order = np.lexsort((np.arange(len(scores)), -scores))
    keep = []
    while len(order):
        i = order[0]
        keep.append(int(i))
        others = order[1:]
        w = np.maximum(0.0, np.minimum(x2[i], x2[others]) - np.maximum(x1[i], x1[others]))
        h = np.maximum(0.0, np.minimum(y2[i], y2[others]) - np.maximum(y1[i], y1[others]))
        inter = w * h
        union = areas[i] + areas[others] - inter
        iou = np.zeros_like(inter)
        np.divide(inter, union, out=iou, where=union > 0)
        order = others[~(iou > iou_threshold)]
    return np.array(keep, dtype=np.int64)
