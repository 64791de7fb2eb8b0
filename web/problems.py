"""Every error as application/problem+json (RFC 9457). Pydantic's echo of the input is dropped:
a rejected field may hold PHI, and error replies must not."""

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from core.clinics.setup import plain
from core.errors import NotFound, TherascribeError
from web.alert_links import us_dates
from web.security_headers import headers_for

PROBLEM = "application/problem+json"


def problem(status: int, title: str, detail: str, instance: str, **extra: object) -> JSONResponse:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, "instance": instance}
    body.update(extra)
    headers = {}
    if "retry_after" in extra:
        headers["Retry-After"] = str(extra["retry_after"])
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)


def _field_errors(errors: list[dict]) -> list[dict]:
    return [
        {
            "loc": [str(part) for part in err.get("loc", ())],
            "msg": err.get("msg", ""),
            "type": err.get("type", ""),
        }
        for err in errors
    ]


def a_page(path: str) -> bool:
    return not path.startswith(("/api/", "/ws/", "/static/"))


class _Fault(TherascribeError):
    """What went wrong on our side, as a person at a page is told it (never the exception's words);
    `words`, where given, the page's title and advice instead of its status's."""

    def __init__(self, status: int, detail: str, words: tuple[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.words = words


# An address typed or changed by hand with a value the page cannot read (/schedule?day=tomorrow,
# /patients/12x): said as such, not as a form to correct.
ADDRESS_WORDS = (
    "This address cannot be opened",
    "Open the page from the menu, or correct what was typed in the address.",
)


def _field_name(part: str) -> str:
    """A form's or address's field as a person reads it: 'patient_id' is 'patient number'."""
    name = part.removesuffix("_id").replace("_", " ")
    return name + " number" if part.endswith("_id") else name


# The databases' integers (PostgreSQL's INTEGER, the narrower of the two): a record's number past it is
# no record's, and the database refuses to compare with it rather than finding nothing.
LARGEST_ID = 2**31 - 1


def past_any_id(exc: Exception) -> bool:
    """Whether the database refused a number too large for its integers (SQLite's driver raises
    OverflowError, PostgreSQL answers 22003 numeric_value_out_of_range)."""
    if isinstance(exc, OverflowError):
        return "too large" in str(exc)
    return isinstance(exc, DataError) and getattr(exc.orig, "sqlstate", None) == "22003"


def too_large_words(request: Request) -> tuple[str, bool]:
    """The address's fields holding a number no record has, as input_words says them ('Patient number
    (in the address) is a number no record has.'), and whether one was found there (else the number
    came in a form or body: never echoed, it may be a card or phone number)."""
    held = [*request.path_params.items(), *request.query_params.multi_items()]
    named = [part for part, value in held if str(value).isdigit() and int(value) > LARGEST_ID]
    if not named:
        return "A number (in the form) is larger than any record's number.", False
    said = [_field_name(part) + " (in the address) is a number no record has." for part in named[:3]]
    return " ".join(s[:1].upper() + s[1:] for s in said), True


def input_words(errors: list[dict]) -> tuple[str, bool]:
    """What a page's address or form held that it cannot read, as sentences ('Day (in the address) is a
    date like 2026-01-01.', 'Note number (in the address) is a whole number.'), and whether all of it
    was in the address. From pydantic's error kinds: never the value typed (it may name a patient)."""
    said, in_address = [], True
    for err in errors[:3]:
        loc = [str(part) for part in err.get("loc", ())]
        where = loc[0] if loc else "body"
        in_address = in_address and where in ("path", "query")
        # a list's item is placed by its index ('weekdays', 0): the field is named, not the index
        named = [part for part in loc[1:] if not part.isdigit()]
        name = _field_name(named[-1]) if named else "a field"
        place = "in the address" if where in ("path", "query") else "in the form"
        kind = err.get("type", "")
        # the pages write days 12/07/2026 (an example would be rewritten so); addresses take 2026-12-07
        must = (
            "is a date written year-month-day"
            if place == "in the address" and kind.startswith("date_")
            else plain(kind, err.get("ctx") or {}, err.get("msg", ""))
        )
        sentence = f"{name} ({place}) {must}"
        said.append(sentence[:1].upper() + sentence[1:].rstrip(".") + ".")
    return " ".join(said), in_address and bool(errors)


def _as_page(
    request: Request, status: int, detail: str, words: tuple[str, str] | None = None
) -> Response | None:
    """A person at a page gets a page with the menu, not JSON; None where the reply stays JSON (the API,
    or the page itself cannot be drawn: the database being what failed)."""
    page_error = getattr(request.app.state, "page_error", None)
    if page_error is None or not a_page(request.url.path):
        return None
    try:
        reply = page_error(request, _Fault(status, detail, words))
    except Exception:
        return None
    reply.headers.update(headers_for(request.url.path))
    return reply


def install(app: FastAPI) -> None:
    @app.exception_handler(TherascribeError)
    async def _domain(request: Request, exc: TherascribeError) -> Response:
        page_error = getattr(request.app.state, "page_error", None)
        if page_error is not None and a_page(request.url.path):
            return page_error(request, exc)  # a person at a page gets a page that says what happened
        # detail is the human-readable part (RFC 9457): its days as every page writes them (12/03/2026),
        # so the pages' scripts show it as it comes; machines read status, title and the extra fields
        return problem(exc.status, exc.title, us_dates(exc.detail), request.url.path, **exc.extra)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        errors = _field_errors(list(exc.errors()))
        if any(err["type"] == "json_invalid" for err in errors):
            return problem(400, "Malformed JSON", "the request body is not valid JSON", request.url.path)
        # a person at a page: the page with the menu, saying in words what it could not read (#20)
        said, in_address = input_words(list(exc.errors()))
        if page := _as_page(request, 422, said, ADDRESS_WORDS if in_address else None):
            return page
        return problem(
            422,
            "Invalid input",
            "some fields are missing or wrong; see errors",
            request.url.path,
            errors=errors,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        from web.limits import BodyTooLarge, refusal_page  # it answers the body's cap as it arrives

        page_error = getattr(request.app.state, "page_error", None)
        if isinstance(exc, BodyTooLarge) and (page := refusal_page(request.scope, exc.cap)):
            # a body that said nothing of its length ran past the cap while a page's route read it
            page.headers["Connection"] = "close"
            return page
        if exc.status_code == 404 and page_error is not None and a_page(request.url.path):
            # an address typed or followed by a person: the page with the menu, not JSON
            return page_error(request, NotFound("there is no page at this address"))
        if exc.status_code == 405 and (
            page := _as_page(request, 405, "this address takes a form, not a visit")
        ):
            return page
        return problem(exc.status_code, str(exc.detail), str(exc.detail), request.url.path)

    @app.exception_handler(IntegrityError)
    async def _twice(request: Request, exc: IntegrityError) -> Response:
        # A constraint caught a second effect (a sign, a charge, a batch, a posting done twice at
        # once) that the row locks should have stopped: the request changed nothing.
        if page := _as_page(request, 409, "this was just done by another request; nothing was changed"):
            return page
        return problem(
            409,
            "Conflict",
            "this was just done by another request; nothing was changed: reload to see it",
            request.url.path,
        )

    @app.exception_handler(OperationalError)
    async def _busy(request: Request, exc: OperationalError) -> Response:
        # The database could not take the request now (PostgreSQL's connections all in use, SQLite's
        # write lock held past its timeout, a restart): the transaction rolled back, so asking again
        # is safe, which is what a 503 with Retry-After tells a client.
        if page := _as_page(request, 503, "the system is busy; nothing was changed"):
            page.headers["Retry-After"] = "1"
            return page
        reply = problem(
            503,
            "Busy",
            "the database is busy; nothing was changed: try again in a moment",
            request.url.path,
            retry_after=1,
        )
        reply.headers.update(headers_for(request.url.path))
        return reply

    @app.exception_handler(OverflowError)
    @app.exception_handler(DataError)
    async def _too_large(request: Request, exc: Exception) -> Response:
        # an id typed or pasted past the database's integers (/patients/99999999999999999999999): no
        # record has it, said as the address's other mistakes are (#20), not as a fault of ours
        if not past_any_id(exc):
            raise exc  # a fault of ours: answered (and its trace kept) as every other one

        said, in_address = too_large_words(request)
        if page := _as_page(request, 422, said, ADDRESS_WORDS if in_address else None):
            return page
        return problem(422, "Invalid input", said, request.url.path)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        if page := _as_page(request, 500, "something went wrong on our side; nothing was changed"):
            return page
        reply = problem(500, "Internal error", "something went wrong; nothing was changed", request.url.path)
        # Starlette answers an unhandled error outside every middleware: the headers are set here.
        reply.headers.update(headers_for(request.url.path))
        return reply
