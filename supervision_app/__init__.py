"""Supervision Journal: an encrypted reflective log for social care practitioners."""

__version__ = "0.1.0"
APP_NAME = "Supervision Journal"
APP_ID = "supervision-journal"
