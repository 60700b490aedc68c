"""The printed plan: a plain report model and its reportlab renderer (no Qt, no database).

Import what you need from its modules (``reports.render``, ``reports.model``, ...):
this package imports nothing itself, so reading a message catalog (``reports.i18n``)
does not load reportlab.
"""
