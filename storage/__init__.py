"""SQLite storage: schema and migrations, the redacting audit log, privacy operations."""
