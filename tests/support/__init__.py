"""Helpers shared by the tests (drivers of the App, not fakes of the outside world)."""
