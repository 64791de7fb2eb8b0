"""Run Alembic migrations from code: the same migrations on SQLite and PostgreSQL.

On PostgreSQL the migrations run as the tables' owner (THERASCRIBE_MIGRATION_DATABASE_URL) and the
application connects as a role that owns nothing: only an owner may ALTER a table, so the
application cannot disable the audit log's trigger, and it is granted no UPDATE or DELETE on the log.
"""

import re
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

from core.config import Settings
from core.db import is_sqlite, normalise_url

MIGRATIONS = Path(__file__).parent / "migrations"
AUDIT_TABLE = "audit_entry"
_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", normalise_url(url).replace("%", "%%"))
    return config


def upgrade(url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(url), revision)


def owner_url(settings: Settings) -> str:
    """Where migrations run: the owner's URL when one is set, else the application's own."""
    return settings.migration_database_url or settings.database_url


def valid_role_name(name: str) -> bool:
    """A plain lower-case PostgreSQL identifier: it is written into GRANT statements."""
    return bool(_ROLE_NAME.match(name)) and name not in ("postgres", "public")


def app_role_statements(role: str, table_names: list[str]) -> list[str]:
    """What the application's role may do: read and write every table but the audit log, which it
    may only read and append to, and use the sequences. It owns nothing, so it may not alter a table
    (nor disable a trigger)."""
    if not valid_role_name(role):
        raise ValueError("a role name is lower-case letters, digits and underscores")
    tables = [t for t in table_names if t != AUDIT_TABLE and t != "alembic_version"]
    statements = ["GRANT USAGE ON SCHEMA public TO " + role]
    statements += [f'GRANT SELECT, INSERT, UPDATE, DELETE ON "{t}" TO {role}' for t in tables]
    if AUDIT_TABLE in table_names:
        statements.append(f"REVOKE ALL ON {AUDIT_TABLE} FROM {role}")
        statements.append(f"GRANT SELECT, INSERT ON {AUDIT_TABLE} TO {role}")
    if "alembic_version" in table_names:
        statements.append(f"GRANT SELECT ON alembic_version TO {role}")
    # UPDATE too: a bulk import sets the id sequences past the ids it wrote (core.bulk).
    statements.append(f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {role}")
    return statements


def grant_app_role(url: str, role: str, password: str | None = None) -> None:
    """Create the application's role if it is missing (LOGIN, nothing else) and grant it exactly
    what the application needs on the database at `url`, which must be the owner's. Run it again
    after each migration that adds a table."""
    if is_sqlite(url):
        raise ValueError("database roles are PostgreSQL's: SQLite has none")
    if not valid_role_name(role):
        raise ValueError("a role name is lower-case letters, digits and underscores")
    from psycopg import sql

    engine = create_engine(normalise_url(url), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            exists = conn.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).first()
            refused = conn.exec_driver_sql(
                "SELECT rolsuper OR rolbypassrls OR EXISTS (SELECT 1 FROM pg_tables WHERE tableowner = %s) "
                "FROM pg_roles WHERE rolname = %s",
                (role, role),
            ).scalar()
            if refused:
                raise ValueError(
                    f"{role} owns tables or bypasses permissions: the application's role must not"
                )
            if exists is None:
                conn.exec_driver_sql(
                    f"CREATE ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT"
                )
            if password:
                statement = sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                    sql.Identifier(role), sql.Literal(password)
                )
                conn.exec_driver_sql(statement.as_string(raw))
            database = conn.exec_driver_sql("SELECT current_database()").scalar_one()
            conn.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{database}" TO {role}')
            tables = [
                str(r[0])
                for r in conn.exec_driver_sql(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
                )
            ]
            for statement_text in app_role_statements(role, tables):
                conn.exec_driver_sql(statement_text)
    finally:
        engine.dispose()
