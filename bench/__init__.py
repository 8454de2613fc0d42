"""Benchmarks run by hand (``python -m bench [--quick]``); never part of the test suite."""
