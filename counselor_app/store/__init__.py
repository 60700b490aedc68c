"""Engine, sessions, migrations, seed data, backups."""
