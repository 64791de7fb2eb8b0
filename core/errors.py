"""Errors that services raise; the web turns each into an application/problem+json reply.

Messages name records by id and say what to fix; they never carry PHI.
"""

from typing import TypeVar


class TherascribeError(Exception):
    status = 400
    title = "Bad request"

    def __init__(self, detail: str, **extra: object) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extra = extra

    @property
    def problems(self) -> list[str]:
        """Each problem a check found, as raised with `problems=[...]` (a setup file's, say); none else."""
        found = self.extra.get("problems")
        return [str(problem) for problem in found] if isinstance(found, list) else []

    @property
    def row_errors(self) -> list[str]:
        """Each refused row of an uploaded file as 'row 3: the message', as raised with
        `errors=[{"row": 3, "message": ...}, ...]` (a fee schedule's CSV); none else."""
        found = self.extra.get("errors")
        if not isinstance(found, list):
            return []
        return [f"row {e['row']}: {e['message']}" for e in found if isinstance(e, dict)]

    def __init_subclass__(cls, status: int | None = None, title: str | None = None, **kwargs: object) -> None:
        """Each kind of error says its HTTP status and its title where it is declared."""
        super().__init_subclass__(**kwargs)
        cls.status = status or cls.status
        cls.title = title or cls.title


class NotFound(TherascribeError, status=404, title="Not found"): ...


class Forbidden(TherascribeError, status=403, title="Forbidden"): ...


class NotAuthenticated(TherascribeError, status=401, title="Not authenticated"): ...


class Conflict(TherascribeError, status=409, title="Conflict"): ...


class Invalid(TherascribeError, status=422, title="Invalid input"): ...


def to_correct(problems: dict[str, str]) -> Invalid:
    """A settings form refused field by field: how many fields, each problem by its field, and that
    nothing of it was saved."""
    count = len(problems)
    return Invalid(f"{count} field{'s' * (count != 1)} to correct; nothing was saved", fields=problems)


class TooManyAttempts(TherascribeError, status=429, title="Too many attempts"): ...


Row = TypeVar("Row")


def existing(row: Row | None, what: str, record_id: object) -> Row:
    """The record a lookup found; NotFound, naming it by its id, where there is none."""
    if row is None:
        raise NotFound(f"{what} {record_id} not found")
    return row
