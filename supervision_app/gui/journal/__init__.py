"""The journal's own widgets: the entry list pane."""
