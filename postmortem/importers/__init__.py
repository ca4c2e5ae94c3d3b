"""Bringing facts in from other tools: one module per source, no Qt."""
