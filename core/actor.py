"""The current user as core services see it: who, with which role in which clinic, from where."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Actor:
    user_id: int
    email: str
    roles: dict[int, str] = field(default_factory=dict)
    client_address: str = ""
    provider_ids: frozenset[int] = frozenset()

    def role_in(self, clinic_id: int) -> str | None:
        return self.roles.get(clinic_id)
