"""Events: PLOVER ontology, triggers, arguments, factuality and dates."""
