# SPDX-License-Identifier: GPL-3.0-or-later
"""What a test does on a GNOME Shell desktop (gnome_shell.py): run JavaScript in the
shell, list its windows, read and click its notifications, type and move the pointer,
read Mutter's idle time.

Everything goes through org.gnome.Shell.Eval, which the test extension opens ("unsafe
mode"): the code runs inside the shell, as the shell's own UI does. Input comes from
Clutter virtual devices made inside the shell
(`seat.create_virtual_device(POINTER_DEVICE | KEYBOARD_DEVICE)`), so it is real input to
Mutter: it moves the pointer, focuses and types into windows and resets the idle
monitor (org.gnome.Mutter.IdleMonitor, which Limber reads on GNOME).

On a desktop without GNOME Shell, windows(), key(), move(), click(), jiggle(), idle_ms()
and notifications() are the X11 / dunst ones (the mixin hands them on); the others fail
with DesktopError.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

import gi

gi.require_version("GLib", "2.0")
from gi.repository import GLib  # noqa: E402

from .gnome_shell import SHELL, GnomeShell  # noqa: E402
from .processes import DesktopError  # noqa: E402

IDLE_MONITOR = ("org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core", "org.gnome.Mutter.IdleMonitor")
MODIFIERS = {"ctrl": "Control_L", "control": "Control_L", "alt": "Alt_L", "shift": "Shift_L", "super": "Super_L"}

# Shared by the helpers' JavaScript: the virtual devices (made once) and the lookup of a
# notification by its org.freedesktop.Notifications id or its title.
PRELUDE = """
const { Clutter, GLib, Shell } = imports.gi;
const now = () => GLib.get_monotonic_time();
const device = kind => {
    const key = `limberE2e${kind}`;
    if (!global[key]) {
        global[key] = Clutter.get_default_backend().get_default_seat().create_virtual_device(
            kind === 'Pointer' ? Clutter.InputDeviceType.POINTER_DEVICE : Clutter.InputDeviceType.KEYBOARD_DEVICE);
    }
    return global[key];
};
const fdoIds = () => {
    const ids = new Map();
    const daemon = Main.notificationDaemon._fdoNotificationDaemon;
    for (const [id, data] of Object.entries(daemon._notifications)) {
        if (data.notification)
            ids.set(data.notification, { id: Number(id), actions: data.actions, appName: data.appName, icon: data.icon });
    }
    return ids;
};
const allNotifications = () => {
    const ids = fdoIds();
    const found = [];
    for (const source of Main.messageTray.getSources()) {
        for (const notification of source.notifications)
            found.push({ source, notification, fdo: ids.get(notification) ?? null });
    }
    return found;
};
const findNotification = (id, title) => {
    const matches = allNotifications().filter(({ notification, fdo }) =>
        (id === null || (fdo && fdo.id === id)) && (title === null || notification.title === title));
    if (matches.length === 0)
        throw new Error(`no notification with id ${id} and title ${title}`);
    return matches[matches.length - 1].notification;
};
// The banner of a notification once it is fully shown (State.SHOWN: slid in, painted).
const shownBanner = notification =>
    Main.messageTray._notification === notification && Main.messageTray._banner &&
        Main.messageTray._notificationState === 2 ? Main.messageTray._banner : null;
"""


@dataclass(frozen=True)
class ShellWindow:
    """A window as GNOME Shell knows it (Meta.Window); x and y are on the screen.
    `wm_class` of a Wayland client is its xdg app id (Qt: the desktop file name, else
    the program's name); `app_id` is the shell's application (a .desktop id) when it
    matched one; `gtk_app_id` GTK's application id."""

    id: int
    name: str | None  # the title, as for X11 windows
    wm_class: str | None
    instance: str | None
    gtk_app_id: str | None
    app_id: str | None
    pid: int
    x: int
    y: int
    width: int
    height: int
    focused: bool
    minimized: bool
    client: str  # "wayland" or "x11"
    window_type: int  # Meta.WindowType: 0 normal, 3 dialog...
    shown: bool  # placed, mapped and fully opaque on the screen (a new window is first at 0,0, hidden)

    @property
    def title(self) -> str | None:
        return self.name

    @property
    def centre(self) -> tuple[int, int]:
        return self.x + self.width // 2, self.y + self.height // 2

    @property
    def geometry(self) -> str:
        """ImageMagick geometry (WxH+X+Y), e.g. to crop a screenshot to this window."""
        return f"{self.width}x{self.height}+{self.x}+{self.y}"


@dataclass(frozen=True)
class PanelButton:
    """A button in GNOME Shell's top bar (an AppIndicator item's icon); on the screen."""

    key: str  # its name in Main.panel.statusArea
    x: int
    y: int
    width: int
    height: int

    @property
    def centre(self) -> tuple[int, int]:
        return self.x + self.width // 2, self.y + self.height // 2

    @property
    def geometry(self) -> str:
        return f"{self.width}x{self.height}+{self.x}+{self.y}"


class GnomeShellHelpers:
    """Desktop methods for GNOME Shell (mixed into Desktop before the X11 and dunst ones)."""

    def gnome_shell(self) -> GnomeShell | None:
        return self.component(GnomeShell)

    def _shell(self) -> GnomeShell:
        shell = self.gnome_shell()
        if shell is None:
            raise DesktopError("this desktop runs no GNOME Shell")
        return shell

    # --- Eval ---------------------------------------------------------------------------

    def shell_eval(self, code: str, timeout: float = 10.0) -> Any:
        """Runs JavaScript inside GNOME Shell (org.gnome.Shell.Eval) and returns the value
        of its last statement, decoded from JSON (None when it is undefined). `Main`,
        `global` and `imports` are there. DesktopError with the JS error when it throws."""
        self._shell()
        success, result = self.call(*SHELL, "Eval", GLib.Variant("(s)", (code,)), timeout=timeout)
        if not success:
            raise DesktopError(f"GNOME Shell's Eval failed: {result or '(unsafe mode off?)'}\n--- code:\n{code}")
        return json.loads(result) if result else None

    def _eval(self, body: str, **values: Any) -> Any:
        """The helpers' JavaScript: PRELUDE, `values` as constants, `body` in a function."""
        constants = "".join(f"const {name} = {json.dumps(value)};\n" for name, value in values.items())
        return self.shell_eval(f"(() => {{\n{PRELUDE}\n{constants}{body}\n}})()")

    # --- windows ------------------------------------------------------------------------

    def windows(self) -> list:
        """On GNOME: every window the shell manages (ShellWindow), bottom to top."""
        if self.gnome_shell() is None:
            return super().windows()
        found = self._eval("""
            const tracker = Shell.WindowTracker.get_default();
            return global.get_window_actors().filter(actor => actor.meta_window).map(actor => {
                const w = actor.meta_window;
                const rect = w.get_frame_rect();
                const app = tracker.get_window_app(w);
                return { id: w.get_id(), name: w.get_title(), wm_class: w.get_wm_class(),
                         instance: w.get_wm_class_instance(), gtk_app_id: w.get_gtk_application_id(),
                         app_id: app ? app.get_id() : null, pid: w.get_pid(), x: rect.x, y: rect.y,
                         width: rect.width, height: rect.height, focused: w.has_focus(),
                         minimized: w.minimized, client: w.get_client_type() === 0 ? 'wayland' : 'x11',
                         window_type: w.get_window_type(),
                         shown: actor.is_mapped() && actor.visible && actor.opacity === 255 && !w.is_hidden() };
            });""")
        return [ShellWindow(**window) for window in found]

    def wait_for_shell_window(self, wm_class: str | None = None, title: str | None = None, pid: int | None = None,
                              timeout: float = 15.0) -> ShellWindow:
        """Waits until a window matching all of the given wm_class (or app id, case
        insensitive), title and pid is shown on the screen (placed, mapped, opaque);
        returns it. Its first frame may still be on the way: wait_for_paint() for that."""
        def matches(window: ShellWindow) -> bool:
            return (window.shown and (pid is None or window.pid == pid) and (title is None or window.name == title)
                    and (wm_class is None or wm_class.lower() in ((window.wm_class or "").lower(),
                                                                  (window.app_id or "").lower())))

        return self.wait_for(lambda: next((w for w in self.windows() if matches(w)), None), timeout,
                             f"a shown window (wm_class={wm_class}, title={title}, pid={pid})")

    # --- the top bar --------------------------------------------------------------------

    def panel_buttons(self) -> list[PanelButton]:
        """The buttons of the top bar's status area that are shown, left to right."""
        found = self._eval("""
            return Object.entries(Main.panel.statusArea).filter(([, button]) => button && button.is_visible()
                && button.get_stage() !== null).map(([key, button]) => {
                const [x, y] = button.get_transformed_position();
                const [width, height] = button.get_transformed_size();
                return { key, x: Math.round(x), y: Math.round(y), width: Math.round(width),
                         height: Math.round(height) };
            }).filter(button => button.width > 0).sort((a, b) => a.x - b.x);""")
        return [PanelButton(**button) for button in found]

    def panel_indicator(self, item: dict[str, str]) -> PanelButton | None:
        """The top-bar button the AppIndicator extension shows for an SNI item
        (sni_items()), once it is shown; else None."""
        return next((button for button in self.panel_buttons() if button.key == f"appindicator-{item['item']}"),
                    None)

    # --- notifications (the message tray) ------------------------------------------------

    def notifications(self) -> list[dict[str, Any]]:
        """On GNOME: every notification in the shell's message tray, oldest source first:
        dicts with id (the org.freedesktop.Notifications id, None for the shell's own),
        appname (the source's title: the app's name when the shell matched the sender to
        an app), app_id (that app's .desktop id), summary (also as title), body, urgency
        ("LOW", "NORMAL", "HIGH", "CRITICAL"), actions (the labels of its buttons; the
        "default" action has none: it is a click on the notification), fdo_actions (the
        action list as sent), icon (the icon it shows, as a GIcon string), banner (shown
        as a banner right now, fully slid in), resident, transient, acknowledged."""
        if self.gnome_shell() is None:
            return super().notifications()
        return self._eval("""
            const urgency = ['LOW', 'NORMAL', 'HIGH', 'CRITICAL'];
            return allNotifications().map(({ source, notification: n, fdo }) => ({
                id: fdo ? fdo.id : null, appname: source.title, app_id: source.app ? source.app.get_id() : null,
                summary: n.title, title: n.title, body: n.bannerBodyText, urgency: urgency[n.urgency],
                actions: n.actions.map(action => action.label), fdo_actions: fdo ? fdo.actions : [],
                icon: n.gicon ? n.gicon.to_string() : null, banner: shownBanner(n) !== null,
                resident: n.resident, transient: n.isTransient, acknowledged: n.acknowledged }));""")

    def activate_notification(self, id: int | None = None, title: str | None = None, click: bool = True,
                              timeout: float = 10.0) -> None:
        """Clicks a notification (the newest with this id and/or title), as a person
        does: with `click`, the virtual pointer clicks the middle of its banner (waiting
        up to `timeout` for it to show); else the shell activates it as its message list
        does. Either way the sender gets ActionInvoked "default" if it offered that action."""
        if click:
            def banner_centre():
                return self._eval("""
                    const banner = shownBanner(findNotification(id, title));
                    if (!banner) return null;
                    const [x, y] = banner.get_transformed_position();
                    const [width, height] = banner.get_transformed_size();
                    return [Math.round(x + width / 2), Math.round(y + height / 2)];""", id=id, title=title)

            centre = self.wait_for(banner_centre, timeout, f"notification {id}/{title!r} to show as a banner")
            self.click(*centre)
        else:
            self._eval("findNotification(id, title).activate(); return true;", id=id, title=title)

    def invoke_notification_action(self, label: str, id: int | None = None, title: str | None = None) -> None:
        """Presses the action button `label` of a notification: the banner's button when
        it is shown (the button's "clicked", as a click on it), else what that button
        does (the action's callback, then the notification goes unless resident)."""
        self._eval("""
            const notification = findNotification(id, title);
            const action = notification.actions.find(a => a.label === label);
            if (!action)
                throw new Error(`no action ${label} in ${notification.actions.map(a => a.label)}`);
            const banner = shownBanner(notification);
            const buttons = banner && banner._buttonBox ? banner._buttonBox.get_children() : [];
            const button = buttons.find(b => b.label === label);
            if (button) {
                button.emit('clicked', 1);
            } else {
                action.callback();
                if (!notification.resident)
                    notification.destroy();
            }
            return true;""", id=id, title=title, label=label)

    def clear_notifications(self) -> None:
        """Removes every notification from the message tray (their senders get
        NotificationClosed)."""
        self._eval("for (const source of Main.messageTray.getSources()) source.destroy(); return true;")

    # --- input --------------------------------------------------------------------------

    def _input(self, body: str, **values: Any) -> None:
        """Sends virtual input and returns once Mutter has seen it: its events go
        through Mutter's input thread, so the idle monitor is reset a moment after Eval
        returned. Waits until the idle time counts from after the input was sent."""
        sent = time.monotonic()
        self._eval(body + "\nreturn true;", **values)
        self.wait_for(lambda: self.idletime_ms() <= (time.monotonic() - sent) * 1000 + 20, 5,
                      "Mutter's idle monitor to see the virtual input")

    def pointer_motion(self, dx: int = 1, dy: int = 1) -> None:
        """Moves the virtual pointer by (dx, dy) and back: real input, which resets
        Mutter's idle time (returns once it did)."""
        self._input("""
            const pointer = device('Pointer');
            pointer.notify_relative_motion(now(), dx, dy);
            pointer.notify_relative_motion(now(), -dx, -dy);""", dx=dx, dy=dy)

    def jiggle(self) -> None:
        if self.gnome_shell() is None:
            return super().jiggle()
        return self.pointer_motion()

    def move(self, x: int, y: int) -> None:
        if self.gnome_shell() is None:
            return super().move(x, y)
        self._input("device('Pointer').notify_absolute_motion(now(), x, y);", x=x, y=y)

    def click(self, x: int, y: int, button: int = 1) -> None:
        """Moves the virtual pointer to x, y and clicks (1 left, 2 middle, 3 right)."""
        if self.gnome_shell() is None:
            return super().click(x, y, button)
        self._input("""
            const pointer = device('Pointer');
            pointer.notify_absolute_motion(now(), x, y);
            pointer.notify_button(now(), button, Clutter.ButtonState.PRESSED);
            pointer.notify_button(now(), button, Clutter.ButtonState.RELEASED);""", x=x, y=y, button=button)

    def key(self, *keys: str) -> None:
        """Types keys through the virtual keyboard, in order: X keysym names as for
        xdotool ("Down", "Return", "Escape", "space", "a") and combinations ("ctrl+q")."""
        if self.gnome_shell() is None:
            return super().key(*keys)
        strokes = [[MODIFIERS.get(part.lower(), part) for part in key.split("+")] for key in keys]
        self._input("""
            const keyboard = device('Keyboard');
            for (const stroke of strokes) {
                const keyvals = stroke.map(name => {
                    const keyval = Clutter[`KEY_${name}`];
                    if (keyval === undefined)
                        throw new Error(`unknown key ${name}`);
                    return keyval;
                });
                for (const keyval of keyvals)
                    keyboard.notify_keyval(now(), keyval, Clutter.KeyState.PRESSED);
                for (const keyval of keyvals.reverse())
                    keyboard.notify_keyval(now(), keyval, Clutter.KeyState.RELEASED);
            }""", strokes=strokes)

    # --- idle time ----------------------------------------------------------------------

    def idletime_ms(self) -> int:
        """Mutter's idle time (org.gnome.Mutter.IdleMonitor GetIdletime), in ms: what
        Limber reads on GNOME."""
        self._shell()
        (idle,) = self.call(*IDLE_MONITOR, "GetIdletime")
        return int(idle)

    def idle_ms(self) -> int:
        if self.gnome_shell() is None:
            return super().idle_ms()
        return self.idletime_ms()
