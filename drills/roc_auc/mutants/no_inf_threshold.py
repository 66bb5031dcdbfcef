"""The curve does not start at (0, 0): the first threshold must be +inf, above every score, so that
fpr[0] = tpr[0] = 0; the distinct scores follow in decreasing order."""


def roc_curve(y, scores):
    fps, tps, distinct = counts_above(y, scores)  # noqa: F821  (the reference's)
    fpr, tpr = rates(fps, tps)  # noqa: F821
    return fpr, tpr, distinct
