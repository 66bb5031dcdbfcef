"""predict_tree sends a sample left only when x < threshold; the rule is x <= threshold, so a value equal
to the threshold goes left."""

import numpy as np


def predict_tree(feature, threshold, left, right, value, X):
    out = np.empty(len(X), dtype=np.int64)
    for i, x in enumerate(X):
        node = 0
        while feature[node] != -1:
            node = left[node] if x[feature[node]] < threshold[node] else right[node]
        out[i] = value[node]
    return out
