"""Lock the journal when the desktop locks its screen or the machine goes to sleep.

Best effort, over D-Bus, where the desktop reports it (Linux):

- ``org.freedesktop.login1.Manager.PrepareForSleep(true)`` on the system bus (systemd-logind:
  suspend and hibernate);
- ``org.freedesktop.login1.Session.Lock`` on the system bus (``loginctl lock-session``, and
  desktops that lock through logind);
- ``ActiveChanged(true)`` of ``org.freedesktop.ScreenSaver`` (KDE, Xfce and others) and
  ``org.gnome.ScreenSaver`` (GNOME) on the session bus.

The sender is not checked: a stray signal can only lock the journal, which is always safe.
Without D-Bus (Windows, macOS, no bus) nothing is connected and the idle lock, which counts
wall-clock time, still locks after a sleep.
"""

from __future__ import annotations

from PySide6.QtCore import SLOT, QObject, Signal, Slot

#: (bus, interface, signal, slot signature) for every signal that means "lock now".
SIGNALS = (
    ("system", "org.freedesktop.login1.Manager", "PrepareForSleep", "on_sleep(bool)"),
    ("system", "org.freedesktop.login1.Session", "Lock", "on_session_lock()"),
    ("session", "org.freedesktop.ScreenSaver", "ActiveChanged", "on_screensaver(bool)"),
    ("session", "org.gnome.ScreenSaver", "ActiveChanged", "on_screensaver(bool)"),
)


class DesktopLockWatcher(QObject):
    """Emits ``lock_requested`` when the desktop locks or the machine is about to sleep."""

    lock_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected: list[str] = []

    def watch(self, system: object = None, session: object = None) -> list[str]:
        """Connect to the buses (the real ones unless given); returns what was connected."""
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt build without QtDBus
            return []
        buses = {
            "system": system if system is not None else QDBusConnection.systemBus(),
            "session": session if session is not None else QDBusConnection.sessionBus(),
        }
        for bus_name, interface, name, slot in SIGNALS:
            bus = buses[bus_name]
            assert isinstance(bus, QDBusConnection)
            # PySide6 takes the SLOT() string here (its stubs say bytes, which it refuses).
            signature = SLOT(slot)
            if bus.isConnected() and bus.connect(
                "",
                "",
                interface,
                name,
                self,
                signature,  # type: ignore[call-overload]
            ):
                self.connected.append(f"{interface}.{name}")
        return self.connected

    @Slot(bool)
    def on_sleep(self, starting: bool) -> None:
        if starting:
            self.lock_requested.emit()

    @Slot()
    def on_session_lock(self) -> None:
        self.lock_requested.emit()

    @Slot(bool)
    def on_screensaver(self, active: bool) -> None:
        if active:
            self.lock_requested.emit()
