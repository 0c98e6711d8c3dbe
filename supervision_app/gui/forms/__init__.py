"""Forms compiled from the Qt Designer files in ``ui/`` by ``pyside6-uic`` (``./dev forms``).

Do not edit the ``ui_*.py`` modules: edit the ``.ui`` file and regenerate. A test checks the
two are in sync (tests/gui/test_forms.py).
"""
