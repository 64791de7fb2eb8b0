"""The FastAPI application: thin routers over core services."""

import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine, text
from sqlmodel import Session
from swagger_ui_bundle import swagger_ui_path

from core.config import Settings, get_settings
from core.db import get_engine
from core.jobs.periodic import InProcessScheduler
from core.kpis import watch_changes
from web import problems
from web.idempotency import IdempotencyMiddleware
from web.in_flight import InFlight
from web.limits import BodyLimit
from web.replies import Health
from web.routers import (
    admin,
    assistant,
    auth,
    billing,
    billing_pages,
    billing_work,
    clinical_pages,
    desk_intake,
    desk_pages,
    desk_schedule,
    holiday_pages,
    missed_pages,
    note_form_pages,
    notes,
    owner_pages,
    pages,
    patients,
    practice_pages,
    recordings,
    records,
    scheduling,
    setup_pages,
    therapist_pages,
    visits,
    waitlist_pages,
)
from web.same_origin import SameOriginWrites
from web.security_headers import SecurityHeaders, allow_inline_scripts
from web.shown_again import RefusedPages


class _NoFrames(logging.Filter):
    """uvicorn hands its own 'uvicorn.error' logger to the websockets library, which at debug logs every
    frame's text: the assistant's replies and the live transcript, a patient's name and words. The
    connection's opening and closing stay; frames never reach the log."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.levelno <= logging.DEBUG and "websockets" in Path(record.pathname).parts)


logging.getLogger("uvicorn.error").addFilter(_NoFrames())
log = logging.getLogger("therascribe.warm")


def _resume_transcriptions(app: FastAPI) -> None:
    """Transcriptions a crash left queued or running are taken up as the server starts, not when
    the next recording arrives (claiming is atomic: every server worker may submit them)."""
    from core.recordings.service import interrupted, unfinished

    with Session(app.state.engine) as session:
        if not interrupted(session):
            return
        left = unfinished(session)
    dispatcher = recordings.jobs(app)
    for job_id in left:
        dispatcher.submit(job_id)


def _warm_scribe() -> None:
    """The scribe's models, loaded on a thread of their own while the server answers; a model that
    fails to load here is loaded (or fails) again at the first draft, as without the warm-up."""
    from scribe import warm

    began = time.monotonic()
    try:
        warm.warm_up()
    except Exception as exc:
        log.warning("the scribe's models could not be loaded ahead (%s)", type(exc).__name__)
        return
    log.info("the scribe's models are loaded (%.1f s)", time.monotonic() - began)


def create_app(*, engine: Engine | None = None, settings: Settings | None = None) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Periodic jobs run here unless Celery beat runs them (THERASCRIBE_BROKER_URL set).
        scheduler = None
        if not app.state.settings.broker_url and app.state.settings.run_scheduler:
            scheduler = InProcessScheduler(app.state.engine, app.state.settings)
            scheduler.start()
        # Load the assistant's embedding model in the background so the first question is not slow.
        import threading

        from assistant.understand import warm_up

        threading.Thread(target=warm_up, name="assistant-warm-up", daemon=True).start()
        # The scribe's models too, beside the requests: the server answers while they load.
        app.state.scribe_warm_up = None
        if app.state.settings.warm_models:
            app.state.scribe_warm_up = threading.Thread(
                target=_warm_scribe, name="scribe-warm-up", daemon=True
            )
            app.state.scribe_warm_up.start()
        if app.state.settings.resume_jobs_on_start:
            _resume_transcriptions(app)
        yield
        if scheduler is not None:
            scheduler.stop()
        worker = getattr(app.state, "transcription", None)
        if worker is not None and hasattr(worker, "stop"):
            worker.stop()

    app = FastAPI(
        lifespan=lifespan,
        title="Therascribe",
        version="0.1.0",
        description="AI scribe and practice management for outpatient PT, OT and SLP clinics.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.engine = engine or get_engine()
    app.state.settings = settings or get_settings()
    # The dashboard's kept figures go stale when this process writes what they are counted from.
    watch_changes()
    problems.install(app)
    app.add_middleware(RefusedPages)  # a refused form's page at its GET address: web/shown_again.py
    app.add_middleware(IdempotencyMiddleware)
    # The origin check inside the headers, so that its refusal carries them too.
    app.add_middleware(SameOriginWrites)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit)  # before any body is read: see web/limits.py
    # Outermost: a request waits here, holding no thread nor connection, while AT_ONCE are worked on.
    app.add_middleware(InFlight)
    for router in (
        auth.router,
        patients.router,
        records.router,
        notes.router,
        scheduling.router,
        visits.router,
        admin.router,
        billing.router,
        assistant.router,
        recordings.router,
        pages.router,
        desk_intake.router,  # before desk_pages: /patients/new is not a patient id
        desk_pages.router,
        desk_schedule.router,
        missed_pages.router,
        waitlist_pages.router,
        clinical_pages.router,
        billing_pages.router,
        billing_work.router,
        owner_pages.router,
        practice_pages.router,
        holiday_pages.router,
        setup_pages.router,
        therapist_pages.router,
        note_form_pages.router,
    ):
        app.include_router(router)

    # The API docs' assets are served from here, not a CDN: clinics' networks fail.
    app.mount("/static/swagger", StaticFiles(directory=str(swagger_ui_path)), name="swagger")
    app.mount("/static/app", StaticFiles(directory=str(Path(__file__).parent / "static")), name="static")
    pages.install(app)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return allow_inline_scripts(
            get_swagger_ui_html(
                openapi_url=app.openapi_url or "/openapi.json",
                title="Therascribe API",
                swagger_js_url="/static/swagger/swagger-ui-bundle.js",
                swagger_css_url="/static/swagger/swagger-ui.css",
                swagger_favicon_url="/static/swagger/favicon-32x32.png",
            )
        )

    favicon = (Path(__file__).parent / "static" / "favicon.svg").read_bytes()

    # Browsers ask for /favicon.ico whatever the page links; the same small SVG answers both.
    @app.get("/favicon.ico", include_in_schema=False)
    def favicon_ico() -> Response:
        return Response(favicon, media_type="image/svg+xml")

    @app.get("/health", tags=["health"])
    def health() -> Health:
        with app.state.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return Health(status="ok", database=app.state.engine.dialect.name)

    return app
