"""Explore: the framework's clusters, pathways, programs and occupations."""
