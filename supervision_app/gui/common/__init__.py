"""Widgets shared by every window (one copy, so they cannot drift apart)."""
