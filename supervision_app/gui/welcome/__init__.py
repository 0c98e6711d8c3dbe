"""First run: the welcome that creates the journal (see ``wizard.py``)."""
