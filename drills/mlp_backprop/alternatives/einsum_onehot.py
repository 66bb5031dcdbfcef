"""A correct solution with einsum, an np.eye one-hot, np.logaddexp.reduce for log-softmax and the ReLU mask
taken from the activation (A1 > 0, the same as Z1 > 0)."""

import numpy as np


def mlp_forward_backward(X, y, W1, b1, W2, b2):
    n, c = X.shape[0], W2.shape[1]
    hidden = np.einsum("nd,dh->nh", X, W1) + b1
    act = hidden * (hidden > 0)
    logits = np.einsum("nh,hc->nc", act, W2) + b2
    log_probs = logits - np.logaddexp.reduce(logits, axis=1, keepdims=True)
    onehot = np.eye(c)[y]
    loss = -np.einsum("nc,nc->", onehot, log_probs) / n
    g_logits = (np.exp(log_probs) - onehot) / n
    g_act = np.einsum("nc,hc->nh", g_logits, W2)
    g_hidden = np.where(act > 0, g_act, 0.0)
    return (
        loss,
        np.einsum("nd,nh->dh", X, g_hidden),
        g_hidden.sum(0),
        np.einsum("nh,nc->hc", act, g_logits),
        g_logits.sum(0),
    )
