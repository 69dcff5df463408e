"""twpolice.ontology package."""
