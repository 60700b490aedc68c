"""Career Pathway Planner: career clusters, programs of study and educational plans."""

__version__ = "0.1.0"
APP_NAME = "Career Pathway Planner"
APP_ID = "counselor-app"
