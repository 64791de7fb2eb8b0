"""Reply shapes the routers share."""

from pydantic import BaseModel


class Created(BaseModel):
    """What a route that adds one row answers: the new row's id."""

    id: int


class Health(BaseModel):
    """The app is up and its database answers; which kind of database it is."""

    status: str
    database: str
