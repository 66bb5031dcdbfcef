"""A hypothesis that emits eos stays in the beam and keeps being extended (taking a beam slot): once it
ends with eos it is finished — moved out of the beam and never extended again."""

import numpy as np


def beam_search(log_probs, start, eos, beam_width, max_len, length_penalty=1.0):
    alive = [([int(start)], 0.0)]
    finished = []
    for _ in range(max_len):
        alive = prune(expand(alive, log_probs), beam_width)  # noqa: F821  (the reference's)
        finished += [c for c in alive if c[0][-1] == eos]
        if len(finished) >= beam_width:
            break
    pool = finished or alive
    best = min(pool, key=lambda c: (-score(c, length_penalty), c[0]))  # noqa: F821
    return np.array(best[0], dtype=np.int64), score(best, length_penalty)  # noqa: F821
