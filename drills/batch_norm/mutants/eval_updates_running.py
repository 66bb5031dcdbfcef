"""The running statistics are updated in evaluation mode too; only training updates them — evaluation
returns them unchanged."""


def batch_norm(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    axes, shape = channel_view(x)  # noqa: F821  (the reference's)
    mean, var, n = batch_stats(x, axes)  # noqa: F821
    new_mean = (1.0 - momentum) * running_mean + momentum * mean
    new_var = (1.0 - momentum) * running_var + momentum * var * n / (n - 1)
    if not training:
        return normalize(x, running_mean, running_var, gamma, beta, eps, shape), new_mean, new_var  # noqa: F821
    return normalize(x, mean, var, gamma, beta, eps, shape), new_mean, new_var  # noqa: F821
