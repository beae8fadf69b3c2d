"""
Test support for projects that use diplomeet.

:mod:`diplomeet.testing.strategies` has Hypothesis strategies for every record (install
``diplomeet[testing]`` for Hypothesis).
"""
