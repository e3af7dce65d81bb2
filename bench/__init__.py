"""Benchmarks and quality measurements that print their figures."""
