"""running_mean and running_var are updated in place (running_mean *= 1 − momentum; running_mean +=
…): the values are right but the caller's arrays change. Compute new arrays and return them."""


def batch_norm(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    axes, shape = channel_view(x)  # noqa: F821  (the reference's)
    if not training:
        out = normalize(x, running_mean, running_var, gamma, beta, eps, shape)  # noqa: F821
        return out, running_mean, running_var
    mean, var, n = batch_stats(x, axes)  # noqa: F821
    running_mean *= 1.0 - momentum
    running_mean += momentum * mean
    running_var *= 1.0 - momentum
    running_var += momentum * var * n / (n - 1)
    return normalize(x, mean, var, gamma, beta, eps, shape), running_mean, running_var  # noqa: F821
