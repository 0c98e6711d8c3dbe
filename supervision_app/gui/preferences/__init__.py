"""Preferences: one dialog generated from the settings declared in ``core/settings.py``."""
