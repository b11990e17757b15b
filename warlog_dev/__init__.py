"""Development tools: benchmarks, the synthetic corpus and extraction scoring.

Nothing in `statements/` or `warlog/` imports this package; it only adds the `benchmark`,
`generate_synthetic` and `evaluate` management commands.
"""
