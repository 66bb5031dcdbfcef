import math

import numpy as np


def normalize_rows(X, eps=1e-12):
    out = np.empty_like(X)
    for i, row in enumerate(X):
        norm = math.sqrt(sum(v * v for v in row))
        out[i] = row / max(norm, eps)
    return out


def argmax_rows(X):
    best = []
    for row in X:
        top = 0
        for j, v in enumerate(row):
            if v > row[top]:
                top = j
        best.append(top)
    return np.array(best, dtype=np.int64)
