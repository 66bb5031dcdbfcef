"""This is the plain log-ratio (the k1 estimator), which is negative on many tokens. k3 = exp(d) − d − 1 with
d = logp_ref − logp is never negative."""


def kl_k3(logp, logp_ref):
    return logp - logp_ref
