"""The momentum is applied the wrong way round (momentum · old + (1 − momentum) · batch). In PyTorch momentum
is the weight of the new batch: new = (1 − momentum) · old + momentum · batch."""


def batch_norm(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    axes, shape = channel_view(x)  # noqa: F821  (the reference's)
    if not training:
        out = normalize(x, running_mean, running_var, gamma, beta, eps, shape)  # noqa: F821
        return out, running_mean.copy(), running_var.copy()
    mean, var, n = batch_stats(x, axes)  # noqa: F821
    new_mean = momentum * running_mean + (1.0 - momentum) * mean
    new_var = momentum * running_var + (1.0 - momentum) * var * n / (n - 1)
    return normalize(x, mean, var, gamma, beta, eps, shape), new_mean, new_var  # noqa: F821
