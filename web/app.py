"""The FastAPI application: thin routers over core services."""

from fastapi import FastAPI
from sqlalchemy import text

from core.db import get_engine
from web import problems
from web.routers import auth, notes, patients


def create_app() -> FastAPI:
    app = FastAPI(
        title="Therascribe",
        version="0.1.0",
        description="AI scribe and practice management for outpatient PT, OT and SLP clinics.",
    )
    problems.install(app)
    for router in (auth.router, patients.router, notes.router):
        app.include_router(router)

    @app.get("/health", tags=["health"])
    def health() -> dict[str, str]:
        with get_engine().connect() as conn:
            conn.execute(text("SELECT 1"))
        return {"status": "ok", "database": get_engine().dialect.name}

    return app
