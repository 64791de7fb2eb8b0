"""A form refused for what was typed comes back filled in as it was typed, the reason at the top and
each refused field's problem next to it (templates/fields.html shows them). One way for every form:
the router keeps what was typed as plain strings, and on a refusal renders its form again with
`values` and `Refused.fields` instead of redirecting (a redirect loses the input, and a name or a date
in the address bar ends up in logs)."""

from dataclasses import dataclass, field

from fastapi import Request
from fastapi.responses import HTMLResponse
from pydantic import ValidationError

from core.actor import Actor
from core.clinics.setup import field_problems
from core.errors import TherascribeError
from web.routers.pages import refusal_text, render, shown_on_page


@dataclass(frozen=True)
class Refused:
    """What a refused form is told: `message` at the top, `fields` by each field's name on the form."""

    message: str
    fields: dict[str, str] = field(default_factory=dict)


def refused(
    error: TherascribeError | ValidationError, *, whole: str = "", names: dict[str, str] | None = None
) -> Refused:
    """The refusal of a form's input in plain words, by field where it is about one field (a problem of
    two fields together goes to the field `whole` names, or only to the message; `names` renames a
    model's field to the form's, as amount_cents to amount). A refusal of the person (no log-in, no
    right, no such record) is not the form's to show: it is raised again, for the error page."""
    if not shown_on_page(error):
        raise error
    if isinstance(error, ValidationError):
        problems = field_problems(error, whole)
    else:
        # an Invalid or a Conflict may name its field (an e-mail that already has an account)
        fields = error.extra.get("fields")
        problems = {str(k): str(v) for k, v in fields.items()} if isinstance(fields, dict) else {}
    renamed = names or {}
    by_field: dict[str, str] = {}
    for place, problem in problems.items():
        # an item of a list ('icd10_codes.1') is shown by the list's one field
        name = place.split(".")[0]
        if name:
            by_field.setdefault(renamed.get(name, name), problem)
    return Refused(refusal_text(error), by_field)


def form_page(
    request: Request,
    name: str,
    actor: Actor,
    refusal: Refused | None,
    *,
    told: bool = False,
    **context: object,
) -> HTMLResponse:
    """A form's page `name`: after a refusal (422) each refused field's problem by its field and the
    reason at the top. `told`: the page also says the outcome of the last post made from it, as its
    redirect put it in the address (?error= when nothing was refused now, ?done=)."""
    error = refusal.message if refusal else ""
    if told:
        error = error or request.query_params.get("error", "")
        context["message"] = request.query_params.get("done", "")
    return render(
        request,
        name,
        actor,
        status=422 if refusal else 200,
        errors=refusal.fields if refusal else {},
        error=error,
        **context,
    )
