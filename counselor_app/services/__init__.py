"""Use cases over a database: one function per user action, plain dataclasses out."""
