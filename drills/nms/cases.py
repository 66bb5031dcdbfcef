"""Hidden tests for the nms drill: seeded random and clustered boxes, hand-made boxes for every
convention (edges, zero areas, the threshold itself, tied scores, suppression chains) and a
performance case."""

import numpy as np

from mlprep.author import Case, rng, seeds

PERF_BUDGET = 1.5


def random_boxes(seed: int, n: int, canvas: float = 10.0, size: tuple = (0.5, 5.0)) -> np.ndarray:
    g = rng(seed)
    corner = g.uniform(0.0, canvas, size=(n, 2))
    wh = g.uniform(*size, size=(n, 2))
    return np.concatenate([corner, corner + wh], axis=1)


def clustered(seed: int, clusters: int, per: int) -> tuple:
    """Jittered copies of a few boxes, with random scores: the situation NMS is made for."""
    g = rng(seed)
    centres = random_boxes(seed, clusters, canvas=20.0, size=(3.0, 8.0))
    boxes = np.repeat(centres, per, axis=0) + g.normal(scale=0.8, size=(clusters * per, 4))
    boxes = np.concatenate([np.minimum(boxes[:, :2], boxes[:, 2:]), np.maximum(boxes[:, :2], boxes[:, 2:])], axis=1)
    order = g.permutation(len(boxes))
    return boxes[order], g.uniform(0.05, 1.0, size=len(boxes))


def boxes(*rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64).reshape(-1, 4)


def cases() -> list[Case]:
    by_hand_a = boxes([0, 0, 2, 2], [1, 1, 3, 3], [0, 0, 4, 1])
    by_hand_b = boxes([0, 0, 2, 2], [2, 0, 4, 2], [5, 5, 6, 6], [0, 0, 2, 1], [0.5, 0.5, 1.5, 1.5], [1, 1, 1, 3])
    zero_area = boxes([1, 1, 1, 1], [0, 0, 0, 2], [0, 0, 3, 0], [0, 0, 2, 2], [1, 1, 1, 1])
    one_axis = (boxes([0, 0, 2, 2], [0, 0, 1, 5]), boxes([3, 0, 5, 2], [0, 6, 1, 8], [4, 4, 6, 6]))
    perf_boxes = random_boxes(40, 2000, canvas=400.0, size=(4.0, 12.0))
    perf_scores = rng(41).uniform(size=2000)
    return [
        *[
            Case(
                f"box_iou of random boxes ({n}×{m})",
                "correctness",
                "box_iou",
                (random_boxes(s, n), random_boxes(s + 50, m)),
                seed=s,
            )
            for s, (n, m) in zip(seeds(3, family=1), ((6, 4), (10, 10), (3, 12)), strict=True)
        ],
        Case(
            "box_iou by hand: equal, touching, disjoint, nested and line boxes",
            "correctness",
            "box_iou",
            (by_hand_a, by_hand_b),
            note="boxes that only touch along an edge intersect with area 0; a nested box's IoU is its area over"
            " the outer box's",
        ),
        Case(
            "box_iou of boxes disjoint along one axis only",
            "edge cases",
            "box_iou",
            one_axis,
            note="clip the intersection's width and height at 0 separately: a negative width times a positive"
            " (or negative) height is not an overlap",
        ),
        Case(
            "box_iou of zero-area boxes",
            "edge cases",
            "box_iou",
            (zero_area, zero_area),
            note="two zero-area boxes have union 0: their IoU is 0, not nan",
            note_on=("nonfinite", "values"),
        ),
        Case("box_iou with an empty second set", "shapes", "box_iou", (random_boxes(4, 3), boxes()), seed=4),
        Case("box_iou with an empty first set", "shapes", "box_iou", (boxes(), random_boxes(5, 2)), seed=5),
        Case("box_iou of a single pair", "shapes", "box_iou", (boxes([0, 0, 3, 2]), boxes([1, 1, 4, 4]))),
        *[
            Case(
                f"nms of {c} clusters of {p} boxes, threshold {t}",
                "correctness",
                "nms",
                (*clustered(s, c, p), t),
                seed=s,
            )
            for s, (c, p, t) in zip(
                seeds(4, family=2), ((3, 5, 0.5), (4, 6, 0.3), (5, 4, 0.7), (2, 8, 0.5)), strict=True
            )
        ],
        Case(
            "nms of random boxes, threshold 0.2",
            "correctness",
            "nms",
            (random_boxes(20, 25), rng(21).uniform(size=25), 0.2),
            seed=20,
        ),
        Case(
            "nms with IoU exactly at the threshold",
            "edge cases",
            "nms",
            (boxes([0, 0, 4, 1], [0, 0, 2, 1], [2, 0, 4, 1], [0, 0, 4, 2]), np.array([0.9, 0.8, 0.7, 0.6]), 0.5),
            note="IoU([0,0,4,1], [0,0,2,1]) is exactly 0.5: only IoU strictly greater than the threshold suppresses",
        ),
        Case(
            "nms with tied scores",
            "edge cases",
            "nms",
            (
                boxes([0, 0, 10, 10], [1, 0, 11, 10], [20, 20, 30, 30], [21, 20, 31, 30], [40, 0, 50, 10]),
                np.array([0.5, 0.5, 0.8, 0.8, 0.5]),
                0.5,
            ),
            note="equal scores are visited in index order: the lower index is kept and comes first",
        ),
        Case(
            "nms where a suppressed box overlaps a later one",
            "edge cases",
            "nms",
            (boxes([0, 0, 10, 10], [4, 0, 14, 10], [8, 0, 18, 10]), np.array([0.9, 0.8, 0.7]), 0.3),
            note="box 1 is suppressed by box 0, so it cannot suppress box 2: only kept boxes suppress",
        ),
        Case(
            "nms with threshold 0",
            "edge cases",
            "nms",
            (boxes([0, 0, 2, 2], [1.9, 1.9, 4, 4], [2, 0, 4, 2], [4, 4, 6, 6]), np.array([0.9, 0.8, 0.7, 0.6]), 0.0),
            note="with threshold 0 any positive overlap suppresses, but boxes that only touch have IoU 0 and stay",
        ),
        Case(
            "nms with threshold 1 and identical boxes",
            "edge cases",
            "nms",
            (boxes([0, 0, 5, 5], [0, 0, 5, 5], [1, 1, 6, 6], [0, 0, 5, 5]), np.array([0.3, 0.9, 0.6, 0.9]), 1.0),
            note="IoU never exceeds 1, so with threshold 1 every box is kept, in descending score (ties by index)",
        ),
        Case(
            "nms with identical boxes",
            "edge cases",
            "nms",
            (boxes([0, 0, 5, 5], [0, 0, 5, 5], [0, 0, 5, 5]), np.array([0.2, 0.7, 0.4]), 0.5),
        ),
        Case(
            "nms of disjoint boxes (all kept, by descending score)",
            "correctness",
            "nms",
            (
                boxes([0, 0, 1, 1], [2, 2, 3, 3], [4, 0, 5, 1], [0, 4, 1, 5], [6, 6, 7, 8]),
                np.array([0.1, 0.9, 0.5, 0.7, 0.3]),
                0.5,
            ),
            note="return the kept indices in the order they were kept (descending score), not sorted by index",
        ),
        Case(
            "nms with zero-area boxes",
            "edge cases",
            "nms",
            (boxes([1, 1, 1, 1], [1, 1, 1, 1], [0, 0, 4, 4], [0, 0, 4, 0]), np.array([0.9, 0.8, 0.7, 0.6]), 0.5),
            note="a zero-area box has IoU 0 with everything, so it is never suppressed and suppresses nothing",
        ),
        Case("nms of one box", "shapes", "nms", (boxes([0, 0, 1, 2]), np.array([0.4]), 0.5)),
        Case(
            "nms of no boxes",
            "shapes",
            "nms",
            (boxes(), np.zeros(0), 0.5),
            note="with no boxes, return an empty int64 array: np.array([], dtype=np.int64)",
            note_on=("values", "dtype", "shape", "error"),
        ),
        Case(
            "nms of 2000 boxes",
            "performance",
            "nms",
            (perf_boxes, perf_scores, 0.5),
            seed=40,
            note=f"array operations take well under {PERF_BUDGET:g} s here; a Python loop over every pair of boxes"
            " takes seconds. Compute the IoU of the kept box with all remaining boxes at once.",
            time_limit=PERF_BUDGET,
        ),
    ]
