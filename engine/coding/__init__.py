"""Coding interviews: tasks as data, code run in a sandbox, and its review."""
