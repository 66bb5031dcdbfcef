"""The one-hot is built along the wrong axis, onehot[y, arange(N)]: row i must get its 1 in column y[i],
onehot[arange(N), y]. (The transposed index only runs when N = C, and is wrong there.)"""

import numpy as np


def softmax_cross_entropy(logits, y):
    n = logits.shape[0]
    probs = softmax(logits)  # noqa: F821  (the reference's)
    onehot = np.zeros_like(probs)
    onehot[y, np.arange(n)] = 1.0
    loss = -np.sum(onehot * log_softmax(logits)) / n  # noqa: F821
    return loss, (probs - onehot) / n
