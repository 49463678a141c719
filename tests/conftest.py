"""Hypothesis profiles for the suite.

- ``default``: quick, for every run of the suite (a few dozen examples per property).
- ``thorough``: 2,000 examples per property, for a check of some minutes before a release.
- ``fuzz``: 100,000 examples per property, no deadline, for a long hunt; select it with
  ``python -m pytest tests/property --hypothesis-profile=fuzz`` or with the environment
  variable ``CSTO_HYPOTHESIS_PROFILE=fuzz``. Add ``--hypothesis-show-statistics`` to see
  how many examples ran and how long they took.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "default",
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "thorough",
    max_examples=2_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "fuzz",
    max_examples=100_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("CSTO_HYPOTHESIS_PROFILE", "default"))
