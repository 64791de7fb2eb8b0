"""Who works at the demo practice, and their log-ins. Derived from size and seed alone, so the
log-ins can be listed again at any time without storing a password anywhere."""

import hashlib
from dataclasses import dataclass

from core.enums import Credential

CLINICS = (("Riverside Therapy", "riverside"), ("Hillcrest Therapy", "hillcrest"))
# Per clinic, for the small size: credential -> count. The large size scales these by volume.
CLINICIANS = {"PT": 3, "PTA": 2, "OT": 2, "OTA": 1, "SLP": 1}
FRONT_DESK_PER_CLINIC = 2
BILLERS = 2
SMALL_APPOINTMENTS = 20_000
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


@dataclass(frozen=True)
class DemoUser:
    email: str
    role: str
    clinic: str
    password: str
    credential: str = ""
    number: int = 0
    # an assistant's supervising therapist, by log-in: the one who co-signs their notes (#20: a trial
    # could not tell which log-in co-signs pta1's notes)
    supervisor: str = ""


def supervisor_email(credential: str, number: int, slug: str, scale: int) -> str:
    """The log-in of the therapist who supervises assistant `number` of this credential at the clinic:
    pta1 -> pt1, pta2 -> pt2, ... round the clinic's therapists of the discipline."""
    therapist = credential[:-1]  # PTA -> PT, OTA -> OT, SLPA -> SLP
    count = CLINICIANS[therapist] * scale
    return f"{therapist.lower()}{(number - 1) % count + 1}@{slug}.example.org"


def demo_password(seed: int, email: str) -> str:
    digest = hashlib.sha256(f"therascribe-demo:{seed}:{email}".encode()).digest()
    return "demo-" + "".join(_ALPHABET[b % len(_ALPHABET)] for b in digest[:10])


def demo_logins(*, appointments: int, seed: int) -> list[DemoUser]:
    scale = max(1, round(appointments / SMALL_APPOINTMENTS))
    users = []
    for _, slug in CLINICS:
        for credential, count in CLINICIANS.items():
            role = "assistant" if Credential(credential).is_assistant else "therapist"
            for n in range(1, count * scale + 1):
                email = f"{credential.lower()}{n}@{slug}.example.org"
                supervisor = supervisor_email(credential, n, slug, scale) if role == "assistant" else ""
                users.append(
                    DemoUser(email, role, slug, demo_password(seed, email), credential, n, supervisor)
                )
        for n in range(1, FRONT_DESK_PER_CLINIC + 1):
            email = f"frontdesk{n}@{slug}.example.org"
            users.append(DemoUser(email, "front_desk", slug, demo_password(seed, email)))
    for n in range(1, BILLERS + 1):
        email = f"biller{n}@billing.example.org"
        users.append(DemoUser(email, "biller", "all", demo_password(seed, email)))
    email = "owner@practice.example.org"
    users.append(DemoUser(email, "owner", "all", demo_password(seed, email)))
    return users
