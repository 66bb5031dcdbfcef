"""Hidden tests for the beam search drill: random bigram tables, exhaustive widths, early stopping, nothing
finishing, and hand-made tables with exact ties."""

import numpy as np

from mlprep.author import Case, rng, seeds


def table(seed: int, vocab: int, eos: int, scale: float = 1.5, eos_bias: float = 0.0) -> np.ndarray:
    """A random (V, V) log-softmax table; eos_bias is added to the eos column before normalising."""
    logits = rng(seed).normal(size=(vocab, vocab)) * scale
    logits[:, eos] += eos_bias
    top = logits.max(axis=1, keepdims=True)
    return logits - top - np.log(np.exp(logits - top).sum(axis=1, keepdims=True))


EXAMPLE = np.array([[-2.0, -1, -3, -3], [-3, -3, -2, -1], [-2, -3, -3, -1], [-2, -2, -2, -2]])
TIES = np.array([[-2.0, -1, -1, -2], [-2, -2, -1, -1], [-2, -1, -2, -1], [-1, -1, -1, -1]])
EARLY_STOP = np.array([[-5.0, -0.1, -5, -3], [-5, -5, -0.1, -2.5], [-5, -5, -5, -0.1], [-1, -1, -1, -1]])
NO_REFILL = np.array([[-5.0, -0.6, -0.7, -0.5], [-5, -6, -0.3, -4], [-5, -5, -5, -0.05], [-1, -1, -1, -1]])
UNIFORM = np.full((3, 3), -1.0)  # every entry equal: every candidate of a step ties
TIE_NOTE = (
    "equal cumulative log-probs keep the lexicographically smaller sequence, and equal final scores choose it too"
)


def run(name, group, args, kwargs=None, **extra) -> Case:
    return Case(name, group, "beam_search", args, kwargs or {}, **extra)


def cases() -> list[Case]:
    s = seeds(8, family=1)
    found = [
        run("V=5, beam 2, max_len 4", "correctness", (table(s[0], 5, 4, eos_bias=3.0), 0, 4, 2, 4), seed=s[0]),
        run("V=6, beam 3, max_len 5", "correctness", (table(s[1], 6, 2, eos_bias=0.5), 1, 2, 3, 5), seed=s[1]),
        run(
            "V=4, beam 3, max_len 6, length_penalty 0",
            "correctness",
            (table(s[2], 4, 3, eos_bias=0.5), 0, 3, 3, 6),
            {"length_penalty": 0.0},
            seed=s[2],
            note="length_penalty = 0: the final choice is by the raw cumulative log-prob",
        ),
        run(
            "V=5, beam 2, max_len 5, length_penalty 2",
            "correctness",
            (table(s[3], 5, 0, eos_bias=1.0), 3, 0, 2, 5),
            {"length_penalty": 2.0},
            seed=s[3],
        ),
        run(
            "V=7, beam 4, max_len 4, length_penalty 0.6",
            "correctness",
            (table(114, 7, 6, eos_bias=1.5), 0, 6, 4, 4),
            {"length_penalty": 0.6},
            seed=114,
        ),
        run("V=8, beam 5, max_len 7", "correctness", (table(125, 8, 7, eos_bias=1.0), 2, 7, 5, 7), seed=125),
        run("V=6, beam 4, max_len 6", "correctness", (table(s[6], 6, 5, scale=2.5), 0, 5, 4, 6), seed=s[6]),
        run(
            "beam 1 is greedy decoding",
            "edge cases",
            (table(s[7], 6, 1, eos_bias=1.5), 0, 1, 1, 6),
            seed=s[7],
            note="with beam_width = 1 each step keeps only the single best candidate",
        ),
        run(
            "exhaustive: V=3, max_len 3, beam 27",
            "edge cases",
            (table(21, 3, 2), 0, 2, 27, 3),
            seed=21,
            note="with beam_width ≥ V^max_len nothing is pruned: the result is the best-scoring of all sequences"
            " ending in eos within max_len tokens",
        ),
        run(
            "exhaustive: V=4, max_len 3, beam 64, length_penalty 0",
            "edge cases",
            (table(22, 4, 1, scale=1.0), 3, 1, 64, 3),
            {"length_penalty": 0.0},
            seed=22,
        ),
        run(
            "exhaustive: V=2, max_len 5, beam 32, length_penalty 2",
            "edge cases",
            (table(23, 2, 1, scale=1.0), 0, 1, 32, 5),
            {"length_penalty": 2.0},
            seed=23,
        ),
        run(
            "max_len 1",
            "edge cases",
            (table(24, 5, 2, eos_bias=2.0), 0, 2, 3, 1),
            seed=24,
            note="only finished hypotheses compete when one exists: [0, eos] wins although alive ones score better",
        ),
        run(
            "nothing finishes within max_len",
            "edge cases",
            (table(25, 5, 4, eos_bias=-30.0), 0, 4, 3, 4),
            seed=25,
            note="when no hypothesis finished, choose among the alive ones (all of length max_len) by the same score",
        ),
        run(
            "nothing finishes, length_penalty 2",
            "edge cases",
            (table(26, 4, 3, eos_bias=-30.0), 1, 3, 2, 3),
            {"length_penalty": 2.0},
            seed=26,
            note="when no hypothesis finished, choose among the alive ones (all of length max_len) by the same score",
        ),
        run(
            "the best sequence ends at once",
            "edge cases",
            (table(27, 5, 3, eos_bias=4.0), 0, 3, 3, 5),
            seed=27,
        ),
        run(
            "the worked example of the prompt",
            "correctness",
            (EXAMPLE, 0, 3, 2, 4),
            note="step 2 keeps [0,1,3] and [0,0,1] (the tie with [0,1,2] at −3 goes to the smaller sequence);"
            " step 3 finishes [0,0,1,3]; the result is ([0, 1, 3], −1.0)",
        ),
        run(
            "the worked example with length_penalty 2",
            "correctness",
            (EXAMPLE, 0, 3, 2, 4),
            {"length_penalty": 2.0},
            note="step 2 keeps [0,0,1], not [0,1,2] (the tie at −3 goes to the smaller sequence), so [0,0,1,3] finishes"
            " at step 3; scores −2/2² = −0.5 and −4/3² ≈ −0.444: the result is ([0, 0, 1, 3], −0.444…)",
        ),
        run(
            "stop once beam_width hypotheses finished",
            "edge cases",
            (EARLY_STOP, 0, 3, 2, 4),
            note="[0,3] finishes at step 1 and [0,1,3] at step 2: two finished = beam_width, so the search stops"
            " there, although [0,1,2,3] would have scored better",
        ),
        run(
            "a finished candidate leaves the beam (no refill)",
            "edge cases",
            (NO_REFILL, 0, 3, 2, 4),
            note="step 1 keeps [0,3] (finished) and [0,1]; only [0,1] is extended at step 2 ([0,2] was not among the"
            " beam_width best, and the beam is not refilled), so the result is ([0, 3], −0.5)",
        ),
        run("exact ties, length_penalty 1", "edge cases", (TIES, 0, 3, 2, 3), note=TIE_NOTE),
        run("exact ties, length_penalty 0", "edge cases", (TIES, 0, 3, 2, 3), {"length_penalty": 0.0}, note=TIE_NOTE),
        run(
            "a uniform table (every candidate ties)",
            "edge cases",
            (UNIFORM, 1, 0, 2, 3),
            note=TIE_NOTE,
        ),
        run(
            "a uniform table, beam 4",
            "edge cases",
            (UNIFORM, 2, 1, 4, 3),
            note=TIE_NOTE,
        ),
    ]
    return found
