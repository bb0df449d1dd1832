"""The Qt-free core: dataset, questions, answers, rule engine and report rendering.

Nothing in this package may import Qt (tests/test_domain_is_qt_free.py checks it): the CLI,
the engine and every domain test run without a display.
"""
