"""The Danish triage engine: a pipeline of small detectors, each giving labels with evidence."""
