"""Qt user interface. Widgets call services; they never build queries."""
