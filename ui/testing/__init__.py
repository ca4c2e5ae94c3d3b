"""Support for tests that run the real app in its own process."""
