"""The sequence is chosen by the length-normalised score, but the cumulative log-prob is returned as the
score: return the chosen sequence's logp / L ** length_penalty."""

import numpy as np


def beam_search(log_probs, start, eos, beam_width, max_len, length_penalty=1.0):
    alive = [([int(start)], 0.0)]
    finished = []
    for _ in range(max_len):
        kept = prune(expand(alive, log_probs), beam_width)  # noqa: F821  (the reference's)
        finished += [c for c in kept if c[0][-1] == eos]
        alive = [c for c in kept if c[0][-1] != eos]
        if len(finished) >= beam_width or not alive:
            break
    pool = finished or alive
    best = min(pool, key=lambda c: (-score(c, length_penalty), c[0]))  # noqa: F821
    return np.array(best[0], dtype=np.int64), best[1]
