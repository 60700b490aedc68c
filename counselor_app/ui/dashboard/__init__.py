"""The caseload dashboard: counts, charts and the list of a counselor's students."""
