"""Storage: SQLAlchemy 2 tables, Alembic migrations and small repository functions."""
