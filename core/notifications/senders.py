"""Reminder senders: small classes behind one interface, chosen by settings.

The message names the clinic and the time, never the patient or the reason for the visit: an SMS or
e-mail may be read by someone else.
"""

import asyncio
import json
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

import httpx

from core.config import Settings


@dataclass(frozen=True)
class Message:
    channel: str  # "sms" or "email"
    to: str
    subject: str
    body: str


@dataclass(frozen=True)
class Delivery:
    ok: bool
    detail: str = ""


class Sender(Protocol):
    name: str

    def send(self, message: Message) -> Delivery: ...


class FileSender:
    """Appends each message as a JSON line to a file: the default, and what a demo shows."""

    name = "file"

    def __init__(self, folder: Path) -> None:
        self.path = folder / "reminders.jsonl"

    def send(self, message: Message) -> Delivery:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(message.__dict__) + "\n")
        return Delivery(True, "written to outbox file")


class _ProviderSender:
    """A sender that hands messages to an outside provider (an SMTP server, an SMS API) whose address
    and credentials are settings."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings


class SmtpSender(_ProviderSender):
    name = "smtp"

    def send(self, message: Message) -> Delivery:
        import aiosmtplib

        email = EmailMessage()
        email["From"], email["To"], email["Subject"] = self.settings.smtp_from, message.to, message.subject
        email.set_content(message.body)
        try:
            asyncio.run(
                aiosmtplib.send(
                    email,
                    hostname=self.settings.smtp_host,
                    port=self.settings.smtp_port,
                    username=self.settings.smtp_user or None,
                    password=self.settings.smtp_password or None,
                    timeout=20,
                )
            )
        except (aiosmtplib.SMTPException, OSError) as exc:
            return Delivery(False, f"smtp: {type(exc).__name__}")
        return Delivery(True, "accepted by smtp server")


class HttpSmsSender(_ProviderSender):
    """Posts {"to", "body"} to the SMS provider's API with a bearer token."""

    name = "sms-http"

    def send(self, message: Message) -> Delivery:
        try:
            response = httpx.post(
                self.settings.sms_api_url,
                json={"to": message.to, "body": message.body},
                headers={"Authorization": f"Bearer {self.settings.sms_api_token}"},
                timeout=20,
            )
        except httpx.HTTPError as exc:
            return Delivery(False, f"sms: {type(exc).__name__}")
        return Delivery(response.is_success, f"sms provider answered {response.status_code}")


class ChannelSender:
    """Routes each message to the sender for its channel."""

    name = "by-channel"

    def __init__(self, email: Sender, sms: Sender) -> None:
        self.email, self.sms = email, sms

    def send(self, message: Message) -> Delivery:
        return (self.sms if message.channel == "sms" else self.email).send(message)


def sender_from_settings(settings: Settings) -> Sender:
    fallback = FileSender(settings.data_dir / "outbox")
    email: Sender = SmtpSender(settings) if settings.smtp_host else fallback
    sms: Sender = HttpSmsSender(settings) if settings.sms_api_url else fallback
    return ChannelSender(email, sms)
