"""The token is the first index whose cumulative probability is ≥ u (searchsorted side="left", or u <= cumsum):
it must be strictly greater than u (side="right"). When u equals a cumulative sum the draw goes to the next
token with positive probability, so a zero-probability token is never drawn."""

import numpy as np


def sample(probs, rng):
    p = np.atleast_2d(probs)
    u = draw(rng, p.shape[0])  # noqa: F821  (the reference's)
    token = np.sum(np.cumsum(p, axis=1) < u[:, None], axis=1).astype(np.int64)
    return int(token[0]) if np.ndim(probs) == 1 else token
