"""How wide list columns of people's names grow by themselves (Students, Dashboard)."""

NAME_WIDTH_CAP = 360
"""The widest a name column grows to fit its longest name (about 45 characters), so
"García Fernández de la Peña, María José" reads whole even in a 1024-pixel window."""
COUNSELOR_WIDTH_CAP = 220
