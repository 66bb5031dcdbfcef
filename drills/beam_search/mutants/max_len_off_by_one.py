"""The search generates at most max_len − 1 tokens (e.g. while len(tokens) < max_len with start counted):
max_len counts generated tokens only, eos included and start not, so max_len steps are allowed."""

import numpy as np


def beam_search(log_probs, start, eos, beam_width, max_len, length_penalty=1.0):
    alive = [([int(start)], 0.0)]
    finished = []
    for _ in range(max(max_len - 1, 1)):
        kept = prune(expand(alive, log_probs), beam_width)  # noqa: F821  (the reference's)
        finished += [c for c in kept if c[0][-1] == eos]
        alive = [c for c in kept if c[0][-1] != eos]
        if len(finished) >= beam_width or not alive:
            break
    pool = finished or alive
    best = min(pool, key=lambda c: (-score(c, length_penalty), c[0]))  # noqa: F821
    return np.array(best[0], dtype=np.int64), score(best, length_penalty)  # noqa: F821
