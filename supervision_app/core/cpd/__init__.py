"""CPD records, registration years and the regulator's rules (pure Python)."""

#: Social Work England: the registration year closes on 30 November (month, day). Kept here,
#: not in ``year.py``, so search filters name it without importing the CPD year code (the
#: command line's ``search`` never needs that).
DEFAULT_YEAR_END = (11, 30)
