"""Note templates and prompts, as files (data, read by scribe/ and assistant/)."""

from pathlib import Path

ROOT = Path(__file__).parent
