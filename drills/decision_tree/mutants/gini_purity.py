"""gini returns Σ p_c², the probability that two draws agree (a purity); the Gini impurity is
1 − Σ p_c²."""

import numpy as np


def gini(y):
    p = np.unique(y, return_counts=True)[1] / len(y)
    return float(np.sum(p * p))
