"""An empty cluster's centre is reset to the origin (sums / max(count, 1) gives 0 for it); an empty
cluster keeps its current centre."""

import numpy as np


def update(X, labels, centers):
    sums = np.zeros_like(centers)
    np.add.at(sums, labels, X)
    counts = np.bincount(labels, minlength=len(centers))[:, None]
    return sums / np.maximum(counts, 1)
