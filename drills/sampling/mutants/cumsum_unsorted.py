"""Top-p takes the running sum in vocabulary order instead of over the probabilities sorted from largest to
smallest: the nucleus is the shortest prefix of the *ranking* whose total reaches top_p."""

import numpy as np


def top_p_mask(probs, top_p):
    before = np.cumsum(probs, axis=1) - probs
    before[:, 0] = 0.0
    return before < top_p
