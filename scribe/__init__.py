"""Therascribe scribe: from a session's transcript to a grounded SOAP draft. Imports core only."""
