"""Beam search over a bigram log-probability table: fill in beam_search (numpy only)."""

import numpy as np


def beam_search(log_probs, start, eos, beam_width, max_len, length_penalty=1.0):
    """Beam search from `start`; log_probs[a, b] = log P(next = b | previous = a), shape (V, V).

    Each step: extend every alive hypothesis by every token; keep the beam_width best candidates by
    cumulative log-prob (ties: lexicographically smaller sequence); kept candidates ending in eos are
    finished, the rest stay alive. Stop when >= beam_width hypotheses are finished, none is alive, or
    max_len tokens have been generated.
    Choose among the finished hypotheses (the alive ones if none finished) the best
    score = logp / L ** length_penalty, L = tokens generated (eos included, start not); ties: smaller sequence.
    Returns (tokens as an int array starting with start, score as a float).
    """
    raise NotImplementedError


if __name__ == "__main__":
    table = np.log(np.array([[0.1, 0.5, 0.2, 0.2], [0.1, 0.1, 0.4, 0.4], [0.3, 0.1, 0.1, 0.5], [0.25] * 4]))
    print(beam_search(table, start=0, eos=3, beam_width=2, max_len=4))
