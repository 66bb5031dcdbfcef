"""predict returns the position of the best class (0..C−1), not the class label: with classes {2, 5, 9}
it must return 2, 5 or 9, i.e. classes[argmax]."""

import numpy as np


def predict(classes, priors, means, variances, X):
    joint = predict_joint_log_proba(classes, priors, means, variances, X)  # noqa: F821  (the reference's)
    return np.argmax(joint, axis=1)
