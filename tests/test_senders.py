"""Reminder senders against real local peers: an SMTP server and an HTTP SMS provider on loopback."""

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

from aiosmtpd.controller import Controller

from core.config import Settings
from core.notifications.senders import (
    ChannelSender,
    FileSender,
    HttpSmsSender,
    Message,
    SmtpSender,
    sender_from_settings,
)

MESSAGE = Message("email", "patient@mail.example.org", "Appointment reminder", "Reminder: Tue at 9:00 AM.")


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]  # noqa: N802
        self.messages.append(envelope.content)
        return "250 OK"


def test_smtp_sender_delivers_to_a_real_server(tmp_path: Path) -> None:
    inbox = _Inbox()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        settings = Settings(
            smtp_host="127.0.0.1", smtp_port=port, data_dir=tmp_path, secret_key="x", _env_file=None
        )
        assert SmtpSender(settings).send(MESSAGE).ok
    finally:
        controller.stop()
    assert len(inbox.messages) == 1 and b"Tue at 9:00 AM" in inbox.messages[0]


def test_smtp_sender_reports_a_server_that_is_down(tmp_path: Path) -> None:
    settings = Settings(smtp_host="127.0.0.1", smtp_port=1, data_dir=tmp_path, secret_key="x", _env_file=None)
    delivery = SmtpSender(settings).send(MESSAGE)
    assert not delivery.ok and delivery.detail.startswith("smtp:")


def test_sms_sender_posts_to_the_provider_api(tmp_path: Path) -> None:
    received: list[tuple[str, dict]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            received.append((self.headers["Authorization"], body))
            self.send_response(202)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        settings = Settings(
            sms_api_url=f"http://127.0.0.1:{server.server_port}/messages",
            sms_api_token="tok",
            data_dir=tmp_path,
            secret_key="x",
            _env_file=None,
        )
        sms = Message("sms", "217-555-0101", "Appointment reminder", "Reminder: Tue at 9:00 AM.")
        assert HttpSmsSender(settings).send(sms).ok
    finally:
        server.shutdown()
    assert received == [("Bearer tok", {"to": "217-555-0101", "body": "Reminder: Tue at 9:00 AM."})]


def test_default_sender_writes_both_channels_to_the_outbox_file(tmp_path: Path) -> None:
    sender = sender_from_settings(Settings(data_dir=tmp_path, secret_key="x", _env_file=None))
    assert isinstance(sender, ChannelSender) and isinstance(sender.sms, FileSender)
    sender.send(MESSAGE)
    sender.send(Message("sms", "217-555-0101", "s", "b"))
    lines = (tmp_path / "outbox" / "reminders.jsonl").read_text().splitlines()
    assert [json.loads(line)["channel"] for line in lines] == ["email", "sms"]
