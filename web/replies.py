"""Reply shapes the routers share."""

from pydantic import BaseModel


class Created(BaseModel):
    """What a route that adds one row answers: the new row's id."""

    id: int
