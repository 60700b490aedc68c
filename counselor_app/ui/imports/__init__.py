"""Imports: the roster, transcript and catalog wizards and their course matching."""
