"""Widgets and helpers every page uses: words, messages, workers, conflict dialogs."""
