"""LayerNorm computes the variance as mean(x²) − mean(x)², which cancels catastrophically when the values
share a large offset (around 1e6 every digit is lost). Subtract the mean first: mean((x − mean)²)."""


def layer_norm(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=-1, keepdims=True)
    var = (x * x).mean(axis=-1, keepdims=True) - mean * mean
    return (x - mean) / (var + eps) ** 0.5 * gamma + beta
