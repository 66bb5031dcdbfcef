"""The beam is pruned by the log-prob of the newest token alone, before adding the hypothesis's score:
rank the candidates by their cumulative log-prob (hypothesis log-prob + log_probs[last, new])."""


def prune(candidates, beam_width):
    def step_logp(c):
        return c[1] - PARENT[tuple(c[0][:-1])]

    return sorted(candidates, key=lambda c: (-step_logp(c), c[0]))[:beam_width]


PARENT = {}


def expand(alive, log_probs):
    PARENT.clear()
    PARENT.update({tuple(tokens): logp for tokens, logp in alive})
    vocab = log_probs.shape[1]
    return [([*tokens, b], logp + float(log_probs[tokens[-1], b])) for tokens, logp in alive for b in range(vocab)]
