"""The length L counts the start token too (len(tokens)): L is the number of generated tokens, eos
included and start not, len(tokens) − 1."""


def score(hypothesis, length_penalty):
    tokens, logp = hypothesis
    return logp / len(tokens) ** length_penalty
