"""``create_app(settings, store)``: the whole web app, built on demand (nothing at import).

Browsers get Danish pages (a redirect to /login, a 403 page); ``/api`` clients get JSON
with the same status codes. With ``settings.monitor_scheduler`` the app's lifespan runs
the public-post monitor's ``Scheduler`` thread (started on startup, stopped on shutdown);
without it nothing runs in the background. The session cookie is signed, HttpOnly, SameSite=Lax and
Secure when ``settings.secure_cookies``; it holds a login token (checked against the
database, see ``store/logins.py``) and the CSRF token only.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from borgerpost import __version__
from borgerpost.config import Settings
from borgerpost.errors import AccessDenied, StoreError
from borgerpost.monitor.schedule import Scheduler
from borgerpost.store.db import Store, open_store
from borgerpost.web import routing
from borgerpost.web.api.deadlines import router as api_deadlines_router
from borgerpost.web.api.fuldmagter import router as api_fuldmagter_router
from borgerpost.web.api.incidents import router as api_incidents_router
from borgerpost.web.api.monitor import router as api_monitor_router
from borgerpost.web.api.routes import router as api_router
from borgerpost.web.api.volume import router as api_volume_router
from borgerpost.web.deps import CsrfRejected, LoginRequired
from borgerpost.web.pages import (
    auth,
    deadlines,
    inbox,
    incidents,
    message,
    monitor,
    monitor_sources,
    profile,
)
from borgerpost.web.pages import fuldmagter as fuldmagt_pages
from borgerpost.web.pages import routing as routing_pages
from borgerpost.web.pages import volume as volume_pages
from borgerpost.web.reading import ShieldedMessage
from borgerpost.web.secret import session_secret
from borgerpost.web.templating import make_templates, render

STATIC_DIR = Path(__file__).parent / "static"
SESSION_COOKIE = "borgerpost_session"
CSRF_TEXT = "Sikkerhedstjekket (CSRF) fejlede. Genindlæs siden og prøv igen."
LOGIN_TEXT = "Du skal logge ind."
SHIELDED_TEXT = ("Beskeden handler om dig og er skærmet. Åbn den bevidst på siden "
                 "/beskeder/{id}/skaermet, hvis du vil læse den.")
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error(request: Request, status: int, text: str) -> Response:
    """A JSON error for the API, a Danish error page for browsers."""
    if _is_api(request):
        return JSONResponse({"detail": text}, status_code=status)
    return render(request, "error.html", {"status": status, "text": text}, status_code=status)


async def _login_required(request: Request, _exc: Exception) -> Response:
    if _is_api(request):
        return JSONResponse({"detail": LOGIN_TEXT}, status_code=401)
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)


async def _csrf_rejected(request: Request, _exc: Exception) -> Response:
    return _error(request, 403, CSRF_TEXT)


async def _access_denied(request: Request, exc: Exception) -> Response:
    return _error(request, 403, str(exc) or "Du har ikke adgang.")


async def _shielded(request: Request, exc: Exception) -> Response:
    """The named person reaches a message shielded from them: the confirm step first."""
    assert isinstance(exc, ShieldedMessage)
    if _is_api(request):
        return JSONResponse({"detail": SHIELDED_TEXT}, status_code=403)
    return RedirectResponse(f"/beskeder/{exc.message_pk}/skaermet", status_code=303)


async def _store_error(request: Request, _exc: Exception) -> Response:
    return _error(request, 503, "Databasen svarer ikke lige nu. Prøv igen om lidt.")


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    texts = {404: "Siden findes ikke.", 405: "Den handling er ikke tilladt her."}
    detail = exc.detail if isinstance(exc.detail, str) and exc.status_code != 405 else None
    text = detail or texts.get(exc.status_code, "Der skete en fejl.")
    if text == "Not Found":
        text = texts[404]
    return _error(request, exc.status_code, text)


async def _invalid_request(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    if _is_api(request):
        # A validator's ValueError sits in each error's ctx: send its text, not the object.
        errors = jsonable_encoder(exc.errors(), custom_encoder={Exception: str})
        return JSONResponse({"detail": errors}, status_code=422)
    return _error(request, 400, "Forespørgslen var ugyldig (tjek felterne og prøv igen).")


async def _security_headers(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    """No framing, no sniffing, no caching of pages with personal data."""
    response = await call_next(request)
    response.headers.update(SECURITY_HEADERS)
    if not request.url.path.startswith("/static/"):
        response.headers["Cache-Control"] = "no-store"
    return response


def _install_handlers(app: FastAPI) -> None:
    handlers: dict[Any, Callable[[Request, Exception], Awaitable[Response]]] = {
        LoginRequired: _login_required,
        CsrfRejected: _csrf_rejected,
        AccessDenied: _access_denied,
        ShieldedMessage: _shielded,
        StoreError: _store_error,
        StarletteHTTPException: _http_error,
        RequestValidationError: _invalid_request,
    }
    for exc_class, handler in handlers.items():
        app.add_exception_handler(exc_class, handler)


SchedulerFactory = Callable[[Store, Settings], Scheduler]


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Start the monitor's scheduler when the settings ask for it; stop it on shutdown."""
    settings: Settings = app.state.settings
    scheduler = app.state.make_scheduler(app.state.store, settings) \
        if settings.monitor_scheduler else None
    app.state.scheduler = scheduler
    if scheduler is not None:
        scheduler.start()
    try:
        yield
    finally:
        if scheduler is not None:
            scheduler.stop()
        app.state.scheduler = None


def create_app(settings: Settings, store: Store | None = None, *,
               scheduler: SchedulerFactory = Scheduler) -> FastAPI:
    """Build the app for ``settings``; tests pass their own ``store`` (and a scheduler
    with a short tick and a fake runner)."""
    app = FastAPI(
        lifespan=_lifespan,
        title="borgerpost",
        version=__version__,
        description="Jobcentrets indgang for skriftlig kontakt. Log ind på /login; "
        "skrivende kald kræver headeren X-CSRF-Token (fra GET /api/v1/me).",
        openapi_url="/api/v1/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = store if store is not None else open_store(settings.db)
    app.state.templates = make_templates()
    app.state.make_scheduler = scheduler
    app.state.scheduler = None
    app.middleware("http")(_security_headers)
    app.add_middleware(
        SessionMiddleware,
        secret_key=session_secret(settings),
        session_cookie=SESSION_COOKIE,
        max_age=settings.session_max_age_s,
        same_site="lax",
        https_only=settings.secure_cookies,
    )
    _install_handlers(app)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    routing.load_into(app, settings)
    for router in (auth.router, inbox.router, message.router, deadlines.router,
                   incidents.router, routing_pages.router, monitor_sources.router,
                   monitor.router, profile.router):
        app.include_router(router, include_in_schema=False)
    app.include_router(api_router)
    app.include_router(api_deadlines_router)
    app.include_router(api_incidents_router)
    app.include_router(fuldmagt_pages.router, include_in_schema=False)
    app.include_router(api_fuldmagter_router)
    app.include_router(volume_pages.router, include_in_schema=False)
    app.include_router(api_volume_router)
    app.include_router(api_monitor_router)
    app.add_api_route("/openapi.json", lambda: JSONResponse(app.openapi()),
                      include_in_schema=False)
    return app
