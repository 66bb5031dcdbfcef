"""The length penalty is ignored: the final choice (and the returned score) must use
score = logp / L ** length_penalty, L = generated tokens with eos, not the raw cumulative log-prob."""


def score(hypothesis, length_penalty):
    return hypothesis[1]
