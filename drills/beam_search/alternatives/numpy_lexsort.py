"""A correct solution with numpy arrays: the alive beam is a (n, t) token matrix, a step scores all n·V
extensions at once, and np.lexsort ranks them by −logp and then column by column (lexicographic order)."""

import numpy as np


def _rank(tokens, logps):
    """Indices ordered by logp descending, then lexicographically (rows padded with −1 sort first)."""
    keys = [tokens[:, j] for j in range(tokens.shape[1] - 1, -1, -1)]
    return np.lexsort((*keys, -logps))


def beam_search(log_probs, start, eos, beam_width, max_len, length_penalty=1.0):
    vocab = log_probs.shape[0]
    tokens = np.array([[start]], dtype=np.int64)
    logps = np.zeros(1)
    done_tokens, done_logps = [], []
    for _ in range(max_len):
        n = tokens.shape[0]
        ext = np.concatenate([np.repeat(tokens, vocab, axis=0), np.tile(np.arange(vocab), n)[:, None]], axis=1)
        ext_logps = (logps[:, None] + log_probs[tokens[:, -1]]).ravel()
        keep = _rank(ext, ext_logps)[:beam_width]
        ends = ext[keep, -1] == eos
        done_tokens += list(ext[keep[ends]])
        done_logps += list(ext_logps[keep[ends]])
        tokens, logps = ext[keep[~ends]], ext_logps[keep[~ends]]
        if len(done_logps) >= beam_width or len(tokens) == 0:
            break
    if done_logps:
        width = max(len(seq) for seq in done_tokens)
        pool = np.full((len(done_tokens), width), -1, dtype=np.int64)
        for i, seq in enumerate(done_tokens):
            pool[i, : len(seq)] = seq
        lengths = np.array([len(seq) - 1 for seq in done_tokens], dtype=np.float64)
        pool_logps = np.array(done_logps)
    else:
        pool, pool_logps = tokens, logps
        lengths = np.full(len(tokens), tokens.shape[1] - 1, dtype=np.float64)
    scores = pool_logps / lengths**length_penalty
    best = _rank(pool, scores)[0]
    return pool[best][pool[best] >= 0], float(scores[best])
