"""Scripts that measure the app (run them with ``python -m benchmarks.<name>``)."""
