"""LayerNorm normalises over the wrong axis (across the tokens, axis −2); it normalises each token's D
features, the last axis."""


def layer_norm(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=-2, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-2, keepdims=True)
    return (x - mean) / (var + eps) ** 0.5 * gamma + beta
