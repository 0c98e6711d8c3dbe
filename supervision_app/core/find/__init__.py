"""Finding and seeing: search filters, query words, snippets, and the dashboard's rules."""
