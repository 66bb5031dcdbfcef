"""The nms reference agrees with plain-Python oracles on every hidden case: IoU of every pair of boxes
computed one pair at a time, greedy NMS written as loops over a priority list, and the defining
properties of the greedy result (kept boxes never overlap above the threshold; every dropped box
overlaps a kept box of higher priority above it)."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest

from mlprep.grader import catalog

SUITE = catalog.suite(catalog.find("nms"))
REF = SUITE.reference


def cases_of(func: str, with_perf: bool = True) -> list:
    return [c for c in SUITE.cases if c.func == func and (with_perf or c.time_limit is None)]


def iou_pair(a, b) -> float:
    w = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    h = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = w * h
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def nms_loops(boxes, scores, threshold) -> list[int]:
    rows = boxes.tolist()
    priority = sorted(range(len(rows)), key=lambda i: (-scores[i], i))
    keep: list[int] = []
    for i in priority:
        if all(iou_pair(rows[i], rows[k]) <= threshold for k in keep):
            keep.append(i)
    return keep


@pytest.mark.parametrize("case", cases_of("box_iou"), ids=lambda c: c.name)
def test_box_iou_matches_pairwise_loops(case) -> None:
    a, b = case.args
    got = REF.box_iou(a, b)
    want = np.array([[iou_pair(x, y) for y in b.tolist()] for x in a.tolist()]).reshape(len(a), len(b))
    assert got.shape == want.shape
    assert got == pytest.approx(want, rel=1e-12, abs=1e-15)
    assert np.all((got >= 0) & (got <= 1))


@pytest.mark.parametrize("case", cases_of("nms", with_perf=False), ids=lambda c: c.name)
def test_nms_matches_loops_and_the_greedy_properties(case) -> None:
    boxes, scores, threshold = case.args
    keep = REF.nms(boxes, scores, threshold)
    assert keep.dtype == np.int64 and keep.ndim == 1
    assert keep.tolist() == nms_loops(boxes, scores, threshold)
    rank = {i: r for r, i in enumerate(sorted(range(len(scores)), key=lambda i: (-scores[i], i)))}
    kept = set(keep.tolist())
    assert [rank[i] for i in keep] == sorted(rank[i] for i in keep)  # kept in priority order
    rows = boxes.tolist()
    for i in kept:
        assert all(iou_pair(rows[i], rows[j]) <= threshold for j in kept if j != i)
    for j in set(range(len(rows))) - kept:
        assert any(rank[i] < rank[j] and iou_pair(rows[i], rows[j]) > threshold for i in kept)


def test_nms_performance_case_matches_loops() -> None:
    (case,) = [c for c in SUITE.cases if c.time_limit is not None]
    boxes, scores, threshold = case.args
    n = 400  # a prefix keeps the pure-Python oracle fast
    assert REF.nms(boxes[:n], scores[:n], threshold).tolist() == nms_loops(boxes[:n], scores[:n], threshold)


def test_threshold_case_is_exactly_at_the_threshold() -> None:
    (case,) = [c for c in SUITE.cases if c.name == "nms with IoU exactly at the threshold"]
    boxes, _, threshold = case.args
    exact = [Fraction(v) for v in boxes[0]], [Fraction(v) for v in boxes[1]]
    assert iou_pair(*exact) == Fraction(threshold) == REF.box_iou(boxes[:1], boxes[1:2])[0, 0]
    assert REF.nms(*case.args).tolist() == [0, 1, 2, 3]


def test_hand_cases_by_hand() -> None:
    named = {c.name: c.args for c in SUITE.cases}
    assert REF.nms(*named["nms with tied scores"]).tolist() == [2, 0, 4]
    assert REF.nms(*named["nms where a suppressed box overlaps a later one"]).tolist() == [0, 2]
    assert REF.nms(*named["nms with threshold 0"]).tolist() == [0, 2, 3]
    assert REF.nms(*named["nms with threshold 1 and identical boxes"]).tolist() == [1, 3, 2, 0]
    assert REF.nms(*named["nms of no boxes"]).dtype == np.int64
    zero = REF.box_iou(*named["box_iou of zero-area boxes"])
    expected = np.zeros((5, 5))
    expected[3, 3] = 1.0  # the one box with positive area, against itself
    assert np.array_equal(zero, expected)
