"""Settings > Graduation requirements: the district default sets and the set editor."""
