"""twpolice.api package."""
