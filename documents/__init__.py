"""twpolice.documents package."""
