"""Therascribe core: the one PMS data store and its rules. Imports nothing else of ours."""
