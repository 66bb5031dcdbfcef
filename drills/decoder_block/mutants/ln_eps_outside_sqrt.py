"""LayerNorm adds eps to the standard deviation, (x − mean) / (std + eps); it goes inside the square root:
(x − mean) / √(var + eps)."""


def layer_norm(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=-1, keepdims=True)
    std = ((x - mean) ** 2).mean(axis=-1, keepdims=True) ** 0.5
    return (x - mean) / (std + eps) * gamma + beta
