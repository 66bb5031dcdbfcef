"""The optimizers reference agrees with independent oracles: the update rules of the torch.optim
documentation (SGD, Adagrad, RMSprop, Adam, AdamW) transcribed line by line as scalar loops, on every
hidden case and over whole runs in which an optimizer object keeps its state (PyTorch's buffer
initialisation, step counter and bias correction), plus closed forms and convergence on a quadratic."""

from __future__ import annotations

import math

import numpy as np
import pytest

from mlprep.grader import catalog

SUITE = catalog.suite(catalog.find("optimizers"))
REF = SUITE.reference


# --- the torch.optim pseudo-code, one scalar at a time -----------------------------------------------------


def torch_sgd(theta, grad, b, t, lr, momentum=0.9, dampening=0.0, nesterov=False, weight_decay=0.0):
    g = grad
    if weight_decay != 0:
        g = g + weight_decay * theta
    if momentum != 0:
        b = g if t == 1 else momentum * b + (1 - dampening) * g  # "if t > 1 … else b_t ← g_t"
        g = g + momentum * b if nesterov else b
    return theta - lr * g, b


def torch_adagrad(theta, grad, state_sum, t, lr=0.01, lr_decay=0.0, weight_decay=0.0, eps=1e-10):
    gamma = lr / (1 + (t - 1) * lr_decay)
    g = grad + weight_decay * theta if weight_decay != 0 else grad
    state_sum = state_sum + g * g
    return theta - gamma * g / (math.sqrt(state_sum) + eps), state_sum


def torch_rmsprop(theta, grad, v, lr=0.01, alpha=0.99, eps=1e-8, weight_decay=0.0):
    g = grad + weight_decay * theta if weight_decay != 0 else grad
    v = alpha * v + (1 - alpha) * g * g
    return theta - lr * g / (math.sqrt(v) + eps), v


def torch_adam(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0):
    g = grad + weight_decay * theta if weight_decay != 0 else grad
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g * g
    m_hat, v_hat = m / (1 - beta1**t), v / (1 - beta2**t)
    return theta - lr * m_hat / (math.sqrt(v_hat) + eps), m, v


def torch_adamw(theta, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=1e-2):
    theta = theta - lr * weight_decay * theta
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad * grad
    m_hat, v_hat = m / (1 - beta1**t), v / (1 - beta2**t)
    return theta - lr * m_hat / (math.sqrt(v_hat) + eps), m, v


ORACLES = {
    "sgd_momentum_step": (torch_sgd, 1),
    "adagrad_step": (torch_adagrad, 1),
    "rmsprop_step": (torch_rmsprop, 1),
    "adam_step": (torch_adam, 2),
    "adamw_step": (torch_adamw, 2),
}


def oracle(func: str, args: tuple, kwargs: dict) -> tuple:
    """Run the scalar oracle element by element; args are (param, grad, *state arrays, *scalars)."""
    fn, n_states = ORACLES[func]
    arrays = args[: 2 + n_states]
    scalars = args[2 + n_states :]
    results = [fn(*values, *scalars, **kwargs) for values in zip(*(a.ravel().tolist() for a in arrays), strict=True)]
    return tuple(np.array(col).reshape(arrays[0].shape) for col in zip(*results, strict=True))


@pytest.mark.parametrize("case", SUITE.cases, ids=lambda c: c.name)
def test_reference_matches_torch_pseudo_code(case) -> None:
    got = getattr(REF, case.func)(*case.args, **case.kwargs)
    want = oracle(case.func, case.args, case.kwargs)
    assert len(got) == len(want)
    for g, w in zip(got, want, strict=True):
        np.testing.assert_allclose(g, w, rtol=1e-12, atol=1e-15)


# --- whole runs, with the state kept the way an optimizer object keeps it ------------------------------------


A = np.array([[3.0, 0.5, 0.0], [0.5, 1.0, 0.2], [0.0, 0.2, 0.5]])
B = np.array([1.0, -2.0, 0.5])


def gradient(theta: np.ndarray) -> np.ndarray:
    return A @ theta - B


def call(func: str, fn, theta, g, states: list, t: int, hyper: dict):
    """One step in each optimizer's own argument order: the state, then the step counter (not for RMSprop),
    then SGD's positional lr."""
    hyper = dict(hyper)
    counter = () if func == "rmsprop_step" else (t,)
    lr = (hyper.pop("lr"),) if func == "sgd_momentum_step" else ()
    return fn(theta, g, *states, *counter, *lr, **hyper)


def run_reference(func: str, steps: int, **hyper) -> np.ndarray:
    theta = np.array([2.0, 2.0, -1.0])
    states = [np.zeros(3)] * ORACLES[func][1]
    for t in range(1, steps + 1):
        theta, *states = call(func, getattr(REF, func), theta, gradient(theta), states, t, hyper)
    return theta


def run_oracle(func: str, steps: int, **hyper) -> np.ndarray:
    fn, n_states = ORACLES[func]
    theta = [2.0, 2.0, -1.0]
    states = [[0.0] * 3 for _ in range(n_states)]
    for t in range(1, steps + 1):
        g = gradient(np.array(theta)).tolist()
        out = [call(func, fn, theta[i], g[i], [s[i] for s in states], t, hyper) for i in range(3)]
        theta = [o[0] for o in out]
        states = [[o[k + 1] for o in out] for k in range(n_states)]
    return np.array(theta)


RUNS = [
    ("sgd_momentum_step", {"lr": 0.05}),
    ("sgd_momentum_step", {"lr": 0.05, "nesterov": True, "weight_decay": 0.01}),
    ("sgd_momentum_step", {"lr": 0.05, "momentum": 0.5, "dampening": 0.3}),
    ("adagrad_step", {"lr": 0.3, "lr_decay": 0.01}),
    ("rmsprop_step", {"lr": 0.01, "alpha": 0.9}),
    ("adam_step", {"lr": 0.05, "weight_decay": 0.01}),
    ("adamw_step", {"lr": 0.05}),
]


@pytest.mark.parametrize(("func", "hyper"), RUNS, ids=lambda x: str(x))
def test_runs_of_40_steps_match_the_pseudo_code(func: str, hyper: dict) -> None:
    np.testing.assert_allclose(run_reference(func, 40, **dict(hyper)), run_oracle(func, 40, **dict(hyper)), rtol=1e-10)


def test_runs_converge_to_the_minimum() -> None:
    optimum = np.linalg.solve(A, B)
    assert np.abs(run_reference("sgd_momentum_step", 400, lr=0.05) - optimum).max() < 1e-6
    assert np.abs(run_reference("adam_step", 3000, lr=0.01) - optimum).max() < 1e-3


def test_closed_forms() -> None:
    theta, g = np.array([0.5, -1.0, 2.0]), np.array([1e-3, -4.0, 0.0])
    p, m, _ = REF.adam_step(theta, g, np.zeros(3), np.zeros(3), 1)  # first Adam step: lr · g / (|g| + eps)
    np.testing.assert_allclose(p, theta - 1e-3 * g / (np.abs(g) + 1e-8), rtol=1e-14)
    np.testing.assert_allclose(m, 0.1 * g, rtol=1e-14)
    p_w, *_ = REF.adamw_step(theta, g, np.zeros(3), np.zeros(3), 1, weight_decay=0.0)
    assert (p_w == p).all()
    p_s, b = REF.sgd_momentum_step(theta, g, np.full(3, 7.0), 1, 0.1)  # step 1: buffer = gradient
    assert (b == g).all() and (p_s == theta - 0.1 * g).all()
