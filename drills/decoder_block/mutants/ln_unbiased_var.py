"""LayerNorm uses the unbiased variance (divide by D − 1, ddof=1); LayerNorm uses the biased one: divide
by D (np.var's default)."""


def layer_norm(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, ddof=1, keepdims=True)
    return (x - mean) / (var + eps) ** 0.5 * gamma + beta
