"""The FastAPI application: thin routers over core services."""

from fastapi import FastAPI
from sqlalchemy import Engine, text

from core.config import Settings, get_settings
from core.db import get_engine
from web import problems
from web.routers import admin, auth, notes, patients, records


def create_app(*, engine: Engine | None = None, settings: Settings | None = None) -> FastAPI:
    app = FastAPI(
        title="Therascribe",
        version="0.1.0",
        description="AI scribe and practice management for outpatient PT, OT and SLP clinics.",
    )
    app.state.engine = engine or get_engine()
    app.state.settings = settings or get_settings()
    problems.install(app)
    for router in (auth.router, patients.router, records.router, notes.router, admin.router):
        app.include_router(router)

    @app.get("/health", tags=["health"])
    def health() -> dict[str, str]:
        with app.state.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return {"status": "ok", "database": app.state.engine.dialect.name}

    return app
