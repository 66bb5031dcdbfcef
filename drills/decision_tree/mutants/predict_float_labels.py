"""predict_tree returns float labels (e.g. np.zeros(m) filled in a loop); labels are integers: return an
integer array."""

import numpy as np


def predict_tree(feature, threshold, left, right, value, X):
    out = np.zeros(len(X))
    for i, x in enumerate(X):
        node = 0
        while feature[node] != -1:
            node = left[node] if x[feature[node]] <= threshold[node] else right[node]
        out[i] = value[node]
    return out
