"""IoU and non-maximum suppression from scratch: fill in the two functions (numpy only)."""

import numpy as np


def box_iou(a, b):
    """IoU of every box in a (N, 4) with every box in b (M, 4) -> (N, M).

    Boxes are (x1, y1, x2, y2) with x1 <= x2 and y1 <= y2; area = (x2 - x1) * (y2 - y1) (no +1).
    Disjoint or touching boxes have IoU 0; when the union is 0 (two zero-area boxes) the IoU is 0.
    """
    raise NotImplementedError


def nms(boxes, scores, iou_threshold):
    """Greedy NMS like torchvision.ops.nms -> int64 indices of the kept boxes, highest score first.

    Take boxes by descending score (equal scores: lower index first); keep a box unless its IoU with an
    already kept box is > iou_threshold (strictly greater).
    """
    raise NotImplementedError


if __name__ == "__main__":
    boxes = np.array([[0, 0, 10, 10], [1, 1, 11, 11], [20, 20, 30, 30]], dtype=float)
    print(box_iou(boxes, boxes))
    print(nms(boxes, np.array([0.9, 0.8, 0.7]), 0.5))  # [0 2]
