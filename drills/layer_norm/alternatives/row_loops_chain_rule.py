"""A correct solution row by row with plain loops and the step-by-step chain rule (through x̂, σ² and μ)
instead of the closed form for dx."""

import math

import numpy as np


def _rows(a):
    a = np.asarray(a, dtype=float)
    return a.reshape(-1, a.shape[-1])


def layer_norm(x, gamma, beta, eps=1e-5):
    out = np.empty_like(_rows(x))
    for i, row in enumerate(_rows(x).tolist()):
        d = len(row)
        mu = sum(row) / d
        var = sum((v - mu) ** 2 for v in row) / d
        std = math.sqrt(var + eps)
        for j, v in enumerate(row):
            out[i, j] = (v - mu) / std * gamma[j] + beta[j]
    return out.reshape(np.shape(x))


def layer_norm_backward(dout, x, gamma, eps=1e-5):
    xs, gs = _rows(x), _rows(dout)
    d = xs.shape[1]
    dx = np.empty_like(xs)
    dgamma = np.zeros(d)
    dbeta = np.zeros(d)
    for i in range(xs.shape[0]):
        row = xs[i].tolist()
        mu = sum(row) / d
        var = sum((v - mu) ** 2 for v in row) / d
        std = math.sqrt(var + eps)
        xhat = [(v - mu) / std for v in row]
        dxhat = [gs[i, j] * gamma[j] for j in range(d)]
        dvar = sum(dxhat[j] * (row[j] - mu) for j in range(d)) * -0.5 * (var + eps) ** -1.5
        dmu = -sum(dxhat) / std + dvar * -2.0 * sum(v - mu for v in row) / d
        for j in range(d):
            dx[i, j] = dxhat[j] / std + dvar * 2.0 * (row[j] - mu) / d + dmu / d
            dgamma[j] += gs[i, j] * xhat[j]
            dbeta[j] += gs[i, j]
    return dx.reshape(np.shape(x)), dgamma, dbeta


def rms_norm(x, gamma, eps=1e-6):
    out = np.empty_like(_rows(x))
    for i, row in enumerate(_rows(x).tolist()):
        rms = math.sqrt(sum(v * v for v in row) / len(row) + eps)
        out[i] = [v / rms * g for v, g in zip(row, gamma, strict=True)]
    return out.reshape(np.shape(x))
