"""The out-of-bag score lets every estimator vote; only the estimators for which the sample is out of bag
(mask[e, i] True) may vote on sample i — otherwise it is just the training accuracy."""

import numpy as np


def oob_score(features, thresholds, left_labels, right_labels, mask, X, y):
    v = votes(features, thresholds, left_labels, right_labels, X)  # noqa: F821  (the reference's)
    pred = np.array([np.bincount(column).argmax() for column in v.T])
    return float(np.mean(pred[mask.any(axis=0)] == y[mask.any(axis=0)])) if mask.any() else float("nan")
