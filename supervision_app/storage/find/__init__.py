"""Storage side of finding and seeing: the filter query builder, saved searches, figures."""
