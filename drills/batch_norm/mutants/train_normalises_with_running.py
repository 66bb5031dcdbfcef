"""In training the batch is normalised with the freshly updated running statistics; training normalises
with the batch's own mean and biased variance (the running statistics are only for evaluation)."""


def batch_norm(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    axes, shape = channel_view(x)  # noqa: F821  (the reference's)
    if not training:
        out = normalize(x, running_mean, running_var, gamma, beta, eps, shape)  # noqa: F821
        return out, running_mean.copy(), running_var.copy()
    mean, var, n = batch_stats(x, axes)  # noqa: F821
    new_mean = (1.0 - momentum) * running_mean + momentum * mean
    new_var = (1.0 - momentum) * running_var + momentum * var * n / (n - 1)
    return normalize(x, new_mean, new_var, gamma, beta, eps, shape), new_mean, new_var  # noqa: F821
