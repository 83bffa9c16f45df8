# SPDX-License-Identifier: GPL-3.0-or-later
"""What went over a desktop's session bus: dbus-monitor --pcap, decoded.

Desktop.dbus_monitor() starts `dbus-monitor --address BUS --pcap RULES...` (a desktop
process like any other, its capture in logs/dbus-monitor-N.pcap, which Wireshark opens)
and proves it is recording by emitting a probe signal that the rules match until the
capture shows it. The capture is decoded with Gio.DBusMessage, so every argument keeps
its exact D-Bus type (an urgency hint sent as a byte reads as "y", not as a number).
"""

from __future__ import annotations

import re
import struct
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import gi

gi.require_version("Gio", "2.0")
gi.require_version("GLib", "2.0")
from gi.repository import Gio, GLib  # noqa: E402

from .component import START_TIMEOUT  # noqa: E402
from .notifications import NOTIFICATIONS  # noqa: E402
from .processes import DesktopError  # noqa: E402


@dataclass
class DBusMessage:
    """One message recorded by dbus_monitor()."""

    time: float
    type: str  # method_call, method_return, error, signal
    sender: str | None
    destination: str | None
    path: str | None
    interface: str | None
    member: str | None
    serial: int
    reply_serial: int
    error_name: str | None
    body: GLib.Variant | None

    @property
    def args(self) -> tuple:
        return tuple(self.body.unpack()) if self.body is not None else ()


@dataclass
class NotifyCall:
    """An org.freedesktop.Notifications.Notify call, as seen on the bus."""

    sender: str
    serial: int
    app_name: str
    replaces_id: int
    app_icon: str
    summary: str
    body: str
    actions: list[str]  # flat, as sent: key, label, key, label, ...
    hints: dict[str, Any]  # unpacked values
    hint_types: dict[str, str]  # GVariant type of each hint, e.g. {"urgency": "y"}
    expire_timeout: int
    id: int | None = None  # from the server's reply, when it answered
    error: str | None = None  # D-Bus error name, when it failed

    @property
    def action_pairs(self) -> list[tuple[str, str]]:
        return list(zip(self.actions[0::2], self.actions[1::2]))

    @property
    def action_keys(self) -> list[str]:
        return self.actions[0::2]

    @property
    def urgency(self) -> int | None:
        return self.hints.get("urgency")


class DBusMonitor:
    """dbus-monitor --pcap on the private bus; messages() decodes what it recorded so far."""

    NOTIFICATION_RULES = (
        f"interface='{NOTIFICATIONS}'",
        f"type='method_return',sender='{NOTIFICATIONS}'",
        f"type='error',sender='{NOTIFICATIONS}'",
    )
    PROBE_PATH = "/org/limber/e2e/MonitorProbe"

    def __init__(self, desktop, rules: Sequence[str]):
        self.desktop = desktop
        self.rules = list(rules)
        self.path: Path | None = None
        self.process = None

    def start(self) -> None:
        desktop = self.desktop
        desktop.logdir.mkdir(parents=True, exist_ok=True)
        number = sum(1 for _ in desktop.logdir.glob("dbus-monitor*.pcap"))
        self.path = desktop.logdir / f"dbus-monitor-{number + 1}.pcap"
        with open(self.path, "wb") as capture:
            self.process = desktop.spawn("dbus-monitor", ["dbus-monitor", "--address", desktop.bus_address,
                                                          "--pcap", *self.rules], stdout=capture, essential=True)
        # Only messages sent after the monitor is registered are seen: send a probe that
        # the rules match and wait until it shows up.
        token = f"probe-{time.monotonic_ns()}"
        probe_interface = self._probe_interface()

        def probe_seen():
            desktop.emit_signal(self.PROBE_PATH, probe_interface, "Probe", GLib.Variant("(s)", (token,)))
            return any(message.path == self.PROBE_PATH and message.args == (token,)
                       for message in self._decode(include_probes=True))

        desktop.wait_for(probe_seen, START_TIMEOUT, "dbus-monitor to start recording", interval=0.1)

    def _probe_interface(self) -> str:
        for rule in self.rules:
            match = re.search(r"interface='([^']+)'", rule)
            if match:
                return match.group(1)
        raise DesktopError("dbus_monitor() rules need an interface='...' match (to prove the monitor is ready)")

    def stop(self) -> None:
        if self.process is not None:
            self.desktop.stop_process(self.process)

    def messages(self) -> list[DBusMessage]:
        """Everything recorded so far, oldest first (the readiness probes left out)."""
        return self._decode(include_probes=False)

    def _decode(self, include_probes: bool) -> list[DBusMessage]:
        data = self.path.read_bytes() if self.path and self.path.exists() else b""
        if len(data) < 24:
            return []
        endian = "<" if data[:4] == b"\xd4\xc3\xb2\xa1" else ">"
        messages, offset = [], 24  # after the pcap file header
        while offset + 16 <= len(data):
            seconds, micros, length, _ = struct.unpack_from(endian + "IIII", data, offset)
            if offset + 16 + length > len(data):
                break  # still being written
            blob = data[offset + 16: offset + 16 + length]
            offset += 16 + length
            message = Gio.DBusMessage.new_from_blob(blob, Gio.DBusCapabilityFlags.UNIX_FD_PASSING)
            kind = message.get_message_type().value_nick.replace("-", "_")
            decoded = DBusMessage(
                time=seconds + micros / 1e6, type=kind, sender=message.get_sender(),
                destination=message.get_destination(), path=message.get_path(),
                interface=message.get_interface(), member=message.get_member(),
                serial=message.get_serial(), reply_serial=message.get_reply_serial(),
                error_name=message.get_error_name(), body=message.get_body())
            if decoded.path == self.PROBE_PATH and not include_probes:
                continue
            if (decoded.sender == "org.freedesktop.DBus" and decoded.member in ("NameAcquired", "NameLost")
                    and decoded.args == (decoded.destination,)):
                continue  # the bus greeting the monitor itself
            messages.append(decoded)
        return messages

    def calls(self, member: str) -> list[DBusMessage]:
        return [message for message in self.messages() if message.type == "method_call" and message.member == member]

    def signals(self, member: str) -> list[DBusMessage]:
        return [message for message in self.messages() if message.type == "signal" and message.member == member]

    def notify_calls(self) -> list[NotifyCall]:
        """Every Notify call, with its arguments and, once answered, its id."""
        messages = self.messages()
        replies = {(message.destination, message.reply_serial): message for message in messages
                   if message.type in ("method_return", "error")}
        calls = []
        for message in messages:
            if message.type != "method_call" or message.member != "Notify" or message.body is None:
                continue
            call = _notify_call(message)
            reply = replies.get((message.sender, message.serial))
            if reply is not None and reply.type == "method_return":
                call.id = reply.args[0]
            elif reply is not None:
                call.error = reply.error_name
            calls.append(call)
        return calls

    def action_invoked(self) -> list[tuple[int, str]]:
        """(id, action key) of every ActionInvoked signal."""
        return [tuple(message.args) for message in self.signals("ActionInvoked")]

    def notification_closed(self) -> list[tuple[int, int]]:
        """(id, reason) of every NotificationClosed signal (1 expired, 2 dismissed, 3 closed by call)."""
        return [tuple(message.args) for message in self.signals("NotificationClosed")]


def _notify_call(message: DBusMessage) -> NotifyCall:
    body = message.body
    hints, hint_types = {}, {}
    hint_dict = body.get_child_value(6)
    for index in range(hint_dict.n_children()):
        entry = hint_dict.get_child_value(index)
        key = entry.get_child_value(0).get_string()
        value = entry.get_child_value(1).get_variant()
        hints[key] = value.unpack()
        hint_types[key] = value.get_type_string()
    return NotifyCall(
        sender=message.sender, serial=message.serial, app_name=body.get_child_value(0).get_string(),
        replaces_id=body.get_child_value(1).get_uint32(), app_icon=body.get_child_value(2).get_string(),
        summary=body.get_child_value(3).get_string(), body=body.get_child_value(4).get_string(),
        actions=list(body.get_child_value(5).unpack()), hints=hints, hint_types=hint_types,
        expire_timeout=body.get_child_value(7).get_int32())
