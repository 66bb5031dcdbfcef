"""Hidden tests for the optimizers drill: one step of each optimizer from seeded random states, with every
hyperparameter away from its default somewhere."""

import numpy as np

from mlprep.author import Case, rng


def arrays(seed: int, shape: tuple = (6,), grad_scale: float = 1.0, states: int = 1, positive: tuple = ()) -> tuple:
    """param, grad and `states` state arrays; the states whose index is in `positive` are non-negative
    (squared-gradient accumulators)."""
    g = rng(seed)
    param = g.normal(size=shape)
    grad = g.normal(size=shape) * grad_scale
    found = []
    for i in range(states):
        s = g.normal(size=shape)
        found.append(s * s * grad_scale**2 if i in positive else s * grad_scale)
    return (param, grad, *found)


def tiny(seed: int, states: int, positive: tuple = ()) -> tuple:
    """Gradients (and states) of about 1e-6, with two exact zeros in the gradient."""
    param, grad, *found = arrays(seed, (6,), 1e-6, states, positive)
    grad[[1, 4]] = 0.0
    return (param, grad, *found)


def zero_states(seed: int, shape: tuple, states: int) -> tuple:
    param, grad, *_ = arrays(seed, shape, 1.0, states)
    return (param, grad, *[np.zeros(shape) for _ in range(states)])


def cases() -> list[Case]:
    sgd = "sgd_momentum_step"
    return [
        # --- SGD ----------------------------------------------------------------------------------------
        Case(
            "SGD, step 1 with a zero buffer",
            "correctness",
            sgd,
            (*zero_states(1, (6,), 1), 1, 0.1),
            seed=1,
        ),
        Case(
            "SGD, step 1 with a non-zero incoming buffer",
            "edge cases",
            sgd,
            (*arrays(2), 1, 0.1),
            seed=2,
            note="at step 1 PyTorch sets the buffer to the gradient: the incoming buf is ignored",
        ),
        Case("SGD, step 5", "correctness", sgd, (*arrays(3), 5, 0.05), seed=3),
        Case("SGD, step 3 on a (3, 4) parameter", "shapes", sgd, (*arrays(4, (3, 4)), 3, 0.1), seed=4),
        Case(
            "SGD, step 1 with dampening=0.5",
            "edge cases",
            sgd,
            (*zero_states(5, (6,), 1), 1, 0.1),
            {"dampening": 0.5},
            seed=5,
            note="the first buffer is the gradient itself, without dampening; (1 − dampening)·g comes from step 2",
        ),
        Case(
            "SGD, step 4 with dampening=0.5 and momentum=0.8",
            "correctness",
            sgd,
            (*arrays(6), 4, 0.1),
            {"dampening": 0.5, "momentum": 0.8},
            seed=6,
            note="b = momentum · buf + (1 − dampening) · g",
        ),
        Case(
            "SGD with nesterov, step 1",
            "edge cases",
            sgd,
            (*zero_states(7, (6,), 1), 1, 0.1),
            {"nesterov": True},
            seed=7,
        ),
        Case(
            "SGD with nesterov, step 4",
            "correctness",
            sgd,
            (*arrays(8), 4, 0.1),
            {"nesterov": True},
            seed=8,
            note="nesterov: update = g + momentum · (the new buffer)",
        ),
        Case(
            "SGD with weight_decay=0.1, step 3",
            "correctness",
            sgd,
            (*arrays(9), 3, 0.1),
            {"weight_decay": 0.1},
            seed=9,
            note="weight decay is added to the gradient before the momentum buffer: g = grad + wd · param",
        ),
        Case(
            "SGD with momentum=0 and dampening=0.5, step 3",
            "edge cases",
            sgd,
            (*arrays(10), 3, 0.1),
            {"momentum": 0.0, "dampening": 0.5},
            seed=10,
            note="with momentum 0 PyTorch uses no buffer: θ − lr · g, and buf comes back unchanged",
        ),
        Case(
            "SGD with momentum=0, step 1",
            "edge cases",
            sgd,
            (*arrays(11), 1, 0.2),
            {"momentum": 0.0},
            seed=11,
            note="with momentum 0 PyTorch uses no buffer: θ − lr · g, and buf comes back unchanged",
        ),
        # --- Adagrad ------------------------------------------------------------------------------------
        Case("Adagrad, step 1 from a zero sum", "correctness", "adagrad_step", (*zero_states(20, (6,), 1), 1), seed=20),
        Case(
            "Adagrad, step 4 from a non-zero sum",
            "correctness",
            "adagrad_step",
            (*arrays(21, positive=(0,)), 4),
            seed=21,
        ),
        Case(
            "Adagrad with lr_decay=0.1 at step 5",
            "correctness",
            "adagrad_step",
            (*arrays(22, positive=(0,)), 5),
            {"lr_decay": 0.1, "lr": 0.05},
            seed=22,
            note="clr = lr / (1 + (step − 1) · lr_decay)",
        ),
        Case(
            "Adagrad with weight_decay=0.05 on a (2, 3) parameter",
            "shapes",
            "adagrad_step",
            (*arrays(23, (2, 3), positive=(0,)), 2),
            {"weight_decay": 0.05},
            seed=23,
        ),
        Case(
            "Adagrad with tiny and zero gradients, eps=1e-8",
            "edge cases",
            "adagrad_step",
            (*tiny(24, 1, positive=(0,)), 3),
            {"eps": 1e-8},
            seed=24,
            note="if eps is inside the root: it goes outside, g / (√state_sum + eps)",
        ),
        # --- RMSprop ------------------------------------------------------------------------------------
        Case("RMSprop, first step (zero average)", "correctness", "rmsprop_step", zero_states(30, (6,), 1), seed=30),
        Case("RMSprop from a non-zero average", "correctness", "rmsprop_step", arrays(31, positive=(0,)), seed=31),
        Case(
            "RMSprop with alpha=0.9 and lr=0.001",
            "correctness",
            "rmsprop_step",
            arrays(32, positive=(0,)),
            {"alpha": 0.9, "lr": 0.001},
            seed=32,
            note="square_avg = alpha · square_avg + (1 − alpha) · g²: alpha weighs the old average",
        ),
        Case(
            "RMSprop with weight_decay=0.1 on a (3, 2) parameter",
            "shapes",
            "rmsprop_step",
            arrays(33, (3, 2), positive=(0,)),
            {"weight_decay": 0.1},
            seed=33,
        ),
        Case(
            "RMSprop with tiny and zero gradients",
            "edge cases",
            "rmsprop_step",
            tiny(34, 1, positive=(0,)),
            seed=34,
            note="if eps is inside the root: it goes outside, g / (√square_avg + eps)",
        ),
        # --- Adam ---------------------------------------------------------------------------------------
        Case("Adam, t = 1 from zero moments", "correctness", "adam_step", (*zero_states(40, (6,), 2), 1), seed=40),
        Case(
            "Adam, t = 10",
            "correctness",
            "adam_step",
            (*arrays(41, states=2, positive=(1,)), 10),
            seed=41,
            note="bias correction uses this step's t: m̂ = m / (1 − beta1**t), v̂ = v / (1 − beta2**t)",
        ),
        Case(
            "Adam, t = 1000",
            "correctness",
            "adam_step",
            (*arrays(42, states=2, positive=(1,)), 1000),
            seed=42,
        ),
        Case(
            "Adam with betas (0.8, 0.99), lr=0.01, eps=1e-6, t = 3",
            "correctness",
            "adam_step",
            (*arrays(43, states=2, positive=(1,)), 3),
            {"beta1": 0.8, "beta2": 0.99, "lr": 0.01, "eps": 1e-6},
            seed=43,
        ),
        Case(
            "Adam with weight_decay=0.1 (L2 in the gradient), t = 2",
            "correctness",
            "adam_step",
            (*arrays(44, states=2, positive=(1,)), 2),
            {"weight_decay": 0.1},
            seed=44,
            note="Adam's weight_decay is added to the gradient (g = grad + wd · param) before the moments",
        ),
        Case(
            "Adam with tiny and zero gradients, t = 5",
            "edge cases",
            "adam_step",
            (*tiny(45, 2, positive=(1,)), 5),
            seed=45,
            note="if eps is inside the root: it goes outside, m̂ / (√v̂ + eps)",
        ),
        Case(
            "Adam, t = 4 on a (3, 4) parameter",
            "shapes",
            "adam_step",
            (*arrays(46, (3, 4), states=2, positive=(1,)), 4),
            seed=46,
        ),
        # --- AdamW --------------------------------------------------------------------------------------
        Case(
            "AdamW, t = 1 from zero moments (default weight_decay 1e-2)",
            "correctness",
            "adamw_step",
            (*zero_states(50, (6,), 2), 1),
            seed=50,
        ),
        Case(
            "AdamW, t = 7",
            "correctness",
            "adamw_step",
            (*arrays(51, states=2, positive=(1,)), 7),
            seed=51,
        ),
        Case(
            "AdamW with lr=0.1 and weight_decay=0.1, t = 3",
            "correctness",
            "adamw_step",
            (*arrays(52, states=2, positive=(1,)), 3),
            {"lr": 0.1, "weight_decay": 0.1},
            seed=52,
            note="decoupled decay: θ − lr · wd · θ (the parameter before the step), then the Adam step with the raw"
            " gradient",
        ),
        Case(
            "AdamW with weight_decay=0 (plain Adam), t = 2",
            "edge cases",
            "adamw_step",
            (*arrays(53, states=2, positive=(1,)), 2),
            {"weight_decay": 0.0},
            seed=53,
        ),
        Case(
            "AdamW with tiny and zero gradients, t = 3",
            "edge cases",
            "adamw_step",
            (*tiny(54, 2, positive=(1,)), 3),
            seed=54,
        ),
        Case(
            "AdamW, t = 2 on a (2, 5) parameter",
            "shapes",
            "adamw_step",
            (*arrays(55, (2, 5), states=2, positive=(1,)), 2),
            {"weight_decay": 0.05},
            seed=55,
        ),
    ]
