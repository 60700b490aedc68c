"""The Students view: the student list, the selected student's plans, new-plan dialog."""
