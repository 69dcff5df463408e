"""Running SPARQL queries: the worker pool, the in-process path for provably cheap ones, results, cache, fairness."""
