"""Benchmarks of bynder_ext side by side with the official SDK ``bynder-sdk`` 2.0.2.

``python -m bench`` (or ``make bench``) runs every scenario against one fake Bynder served over
HTTPS on loopback in its own process, prints a table, and writes ``bench/results.md`` and
``bench/results.png``. See ``bench/__main__.py`` for the options.

This package imports only the standard library at import time: the official SDK's side runs
``python -m bench.sdk_worker`` with the interpreter of a separate environment (``bench/.venv-sdk``)
that has the SDK and none of this project.
"""
