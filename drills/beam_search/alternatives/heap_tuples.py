"""A correct solution with tuples and heapq.nsmallest: each candidate is keyed by (−logp, tokens), which
orders by log-prob and then lexicographically; the final choice uses math.pow and an explicit loop."""

import heapq
import math

import numpy as np


def beam_search(log_probs, start, eos, beam_width, max_len, length_penalty=1.0):
    table = log_probs.tolist()
    beam = [(0.0, (start,))]
    finished = []
    steps = 0
    while beam and len(finished) < beam_width and steps < max_len:
        steps += 1
        candidates = []
        for logp, seq in beam:
            for token, step_logp in enumerate(table[seq[-1]]):
                candidates.append((-(logp + step_logp), (*seq, token)))
        best = heapq.nsmallest(beam_width, candidates)
        beam = []
        for neg, seq in best:
            (finished if seq[-1] == eos else beam).append((-neg, seq))
    pool = finished if finished else beam
    chosen, chosen_score = None, None
    for logp, seq in pool:
        s = logp / math.pow(len(seq) - 1, length_penalty)
        if chosen is None or s > chosen_score or (s == chosen_score and seq < chosen):
            chosen, chosen_score = seq, s
    return np.array(chosen), chosen_score
