"""γ and β are swapped: the output is x̂ · γ + β (γ scales, β shifts)."""


def layer_norm(x, gamma, beta, eps=1e-5):
    x_hat, _ = normalize(x, eps)  # noqa: F821  (the reference's)
    return x_hat * beta + gamma
