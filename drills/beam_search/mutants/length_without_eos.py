"""The length L leaves out the eos token (so [start, eos] has L = 0 and the division fails): L counts every
generated token, eos included, and never start — len(tokens) − 1."""

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

    def without_eos(c):
        tokens, logp = c
        return logp / (len(tokens) - 1 - (tokens[-1] == eos)) ** length_penalty

    pool = finished or alive
    best = min(pool, key=lambda c: (-without_eos(c), c[0]))
    return np.array(best[0], dtype=np.int64), without_eos(best)
