"""Ties are broken by the order the candidates happen to be generated in (a stable sort on the log-prob
alone, and max() over the finished list), not by the sequences: equal cumulative log-probs, and equal
final scores, must go to the lexicographically smaller sequence — sort by the key (−logp, tokens)."""

import numpy as np


def beam_search(log_probs, start, eos, beam_width, max_len, length_penalty=1.0):
    alive = [([int(start)], 0.0)]
    finished = []
    for _ in range(max_len):
        kept = sorted(expand(alive, log_probs), key=lambda c: c[1], reverse=True)[:beam_width]  # noqa: F821
        finished += [c for c in kept if c[0][-1] == eos]
        alive = [c for c in kept if c[0][-1] != eos]
        if len(finished) >= beam_width or not alive:
            break
    pool = finished or alive
    best = max(pool, key=lambda c: score(c, length_penalty))  # noqa: F821  (the reference's)
    return np.array(best[0], dtype=np.int64), score(best, length_penalty)  # noqa: F821
