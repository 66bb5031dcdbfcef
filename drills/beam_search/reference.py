"""Reference solution: beam search over a bigram log-probability table, with finished hypotheses, early
stopping once beam_width of them exist, and a length-normalised final choice."""

import numpy as np


def expand(alive, log_probs):
    """Every alive hypothesis (tokens, logp) extended by every token."""
    vocab = log_probs.shape[1]
    return [([*tokens, b], logp + float(log_probs[tokens[-1], b])) for tokens, logp in alive for b in range(vocab)]


def prune(candidates, beam_width):
    """The beam_width best by cumulative log-prob; equal log-probs: the lexicographically smaller sequence."""
    return sorted(candidates, key=lambda c: (-c[1], c[0]))[:beam_width]


def score(hypothesis, length_penalty):
    tokens, logp = hypothesis
    return logp / (len(tokens) - 1) ** length_penalty


def beam_search(log_probs, start, eos, beam_width, max_len, length_penalty=1.0):
    alive = [([int(start)], 0.0)]
    finished = []
    for _ in range(max_len):
        kept = prune(expand(alive, log_probs), beam_width)
        finished += [c for c in kept if c[0][-1] == eos]
        alive = [c for c in kept if c[0][-1] != eos]
        if len(finished) >= beam_width or not alive:
            break
    pool = finished or alive
    best = min(pool, key=lambda c: (-score(c, length_penalty), c[0]))
    return np.array(best[0], dtype=np.int64), score(best, length_penalty)
