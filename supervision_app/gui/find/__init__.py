"""Finding and seeing in the app: filter bar, saved searches, highlights, timeline, dashboard."""
