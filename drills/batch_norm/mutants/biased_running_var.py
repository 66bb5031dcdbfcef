"""The running variance is updated with the biased batch variance; PyTorch updates it with the unbiased one,
σ² · n / (n − 1), where n is the number of values per channel (N·H·W)."""


def batch_norm(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    axes, shape = channel_view(x)  # noqa: F821  (the reference's)
    if not training:
        out = normalize(x, running_mean, running_var, gamma, beta, eps, shape)  # noqa: F821
        return out, running_mean.copy(), running_var.copy()
    mean, var, _ = batch_stats(x, axes)  # noqa: F821
    new_mean = (1.0 - momentum) * running_mean + momentum * mean
    new_var = (1.0 - momentum) * running_var + momentum * var
    return normalize(x, mean, var, gamma, beta, eps, shape), new_mean, new_var  # noqa: F821
