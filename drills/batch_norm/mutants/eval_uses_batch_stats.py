"""In evaluation mode the batch is normalised with its own statistics; evaluation must use running_mean and
running_var, so that an example's output does not depend on the rest of the batch."""


def batch_norm(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    axes, shape = channel_view(x)  # noqa: F821  (the reference's)
    mean, var, n = batch_stats(x, axes)  # noqa: F821
    out = normalize(x, mean, var, gamma, beta, eps, shape)  # noqa: F821
    if not training:
        return out, running_mean.copy(), running_var.copy()
    new_mean = (1.0 - momentum) * running_mean + momentum * mean
    new_var = (1.0 - momentum) * running_var + momentum * var * n / (n - 1)
    return out, new_mean, new_var
