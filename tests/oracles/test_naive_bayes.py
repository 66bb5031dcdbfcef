"""The naive_bayes drill's reference agrees with scikit-learn's GaussianNB (classes_, class_prior_,
theta_, var_, predict_joint_log_proba, predict_log_proba, predict) and with SciPy's normal log-density,
on every hidden case."""

from __future__ import annotations

import functools

import numpy as np
import pytest
from scipy.stats import norm
from sklearn.naive_bayes import GaussianNB

from mlprep.grader import catalog


@functools.cache
def suite():
    return catalog.suite(catalog.find("naive_bayes"))


def cases_of(*funcs: str) -> list:
    return [c for c in suite().cases if c.func in funcs]


def fitted_sklearn(classes, priors, means, variances) -> GaussianNB:
    """A GaussianNB holding exactly these parameters."""
    nb = GaussianNB()
    nb.classes_, nb.class_prior_, nb.theta_, nb.var_ = classes, priors, means, variances
    nb.n_features_in_ = means.shape[1]
    return nb


@pytest.mark.parametrize("case", cases_of("fit"), ids=lambda c: c.name)
def test_fit_matches_gaussian_nb(case) -> None:
    X, y = case.args
    classes, priors, means, variances = suite().reference.fit(X, y, **case.kwargs)
    nb = GaussianNB(**case.kwargs).fit(X, y)
    np.testing.assert_array_equal(classes, nb.classes_)
    np.testing.assert_allclose(priors, nb.class_prior_, rtol=1e-12)
    np.testing.assert_allclose(means, nb.theta_, rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(variances, nb.var_, rtol=1e-10, atol=0)


@pytest.mark.parametrize(
    "case", cases_of("predict_joint_log_proba", "predict_log_proba", "predict"), ids=lambda c: c.name
)
def test_predictions_match_gaussian_nb(case) -> None:
    classes, priors, means, variances, X = case.args
    got = getattr(suite().reference, case.func)(*case.args)
    want = getattr(fitted_sklearn(classes, priors, means, variances), case.func)(X)
    if case.func == "predict":
        np.testing.assert_array_equal(got, want)
        assert got.dtype == np.int64
    else:
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-12 * max(1.0, np.abs(want).max()))


@pytest.mark.parametrize("case", cases_of("predict_joint_log_proba"), ids=lambda c: c.name)
def test_joint_log_likelihood_matches_scipy_loops(case) -> None:
    classes, priors, means, variances, X = case.args
    got = suite().reference.predict_joint_log_proba(*case.args)
    for i, x in enumerate(X):
        for c in range(len(classes)):
            want = np.log(priors[c]) + norm.logpdf(x, means[c], np.sqrt(variances[c])).sum()
            assert got[i, c] == pytest.approx(want, rel=1e-12, abs=1e-12)


def test_predictions_of_a_fitted_model_match_gaussian_nb() -> None:
    rng = np.random.default_rng(5)
    X = rng.normal(size=(60, 4)) + np.repeat(rng.normal(size=(3, 4)) * 2, 20, axis=0)
    y = np.repeat([2, 5, 9], 20)
    X_test = rng.normal(size=(15, 4)) * 3
    ref = suite().reference
    model = ref.fit(X, y)
    nb = GaussianNB().fit(X, y)
    np.testing.assert_array_equal(ref.predict(*model, X_test), nb.predict(X_test))
    np.testing.assert_allclose(ref.predict_log_proba(*model, X_test), nb.predict_log_proba(X_test), rtol=1e-10)
