"""Every setting declared once: key, type, default, label, explanation, where it is kept.

One registry feeds the Preferences dialog (generated from it), the command line's
``settings`` help and the typed views (``CpdSettings``). A feature declares its settings in
its own module with :func:`declare` and lists that module in ``_DECLARING_MODULES`` so
:func:`registry` always sees them.

Where a setting lives (``scope``):
``app``    this computer's preferences (QSettings): theme, fonts, lock delay. Never a name,
           a list or anything about the records.
``vault``  the vault's encrypted ``settings`` table: names, lists, registration details.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from supervision_app.core.supervision.model import OWNER_ROLE_SETTING

Scope = Literal["app", "vault"]


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    label: str
    explanation: str
    choices: tuple[tuple[str, str], ...] | None = None  # (stored value, label)
    group: str = "General"
    scope: Scope = "vault"
    minimum: int | None = None
    maximum: int | None = None
    #: False when a feature's own form edits it (the CPD page); the dialog skips it.
    generated: bool = True

    def coerce(self, raw: Any) -> tuple[Any, bool]:
        """(the value to use, whether ``raw`` was acceptable); a bad value gives the default."""
        if raw is None:
            return self.default, True
        value: Any = raw
        if self.type is bool and isinstance(raw, str):  # QSettings keeps bools as text
            if raw.lower() not in ("true", "false"):
                return self.default, False
            value = raw.lower() == "true"
        elif self.type is int and isinstance(raw, str):
            try:
                value = int(raw)
            except ValueError:
                return self.default, False
        if self.type is int and isinstance(value, bool):
            return self.default, False
        if not isinstance(value, self.type):
            return self.default, False
        if self.choices is not None:
            chosen = value if isinstance(value, list) else [value]
            if not chosen or any(v not in self.values() for v in chosen):
                return self.default, False
        if isinstance(value, int) and (
            (self.minimum is not None and value < self.minimum)
            or (self.maximum is not None and value > self.maximum)
        ):
            return self.default, False
        return value, True

    def values(self) -> tuple[str, ...]:
        return tuple(v for v, _ in self.choices or ())


_REGISTRY: dict[str, Setting] = {}

#: Modules that declare settings; imported by :func:`registry` so none is missed.
_DECLARING_MODULES = ("supervision_app.core.cpd.settings", "supervision_app.core.vault_settings")


def declare(*settings: Setting) -> None:
    """Add settings to the registry; declaring one key twice differently is a bug."""
    for s in settings:
        known = _REGISTRY.get(s.key)
        if known is not None and known != s:
            raise ValueError(f"setting {s.key!r} is declared twice")
        _REGISTRY[s.key] = s


def registry() -> dict[str, Setting]:
    for name in _DECLARING_MODULES:
        importlib.import_module(name)
    return dict(_REGISTRY)


def setting(key: str) -> Setting:
    return registry()[key]


def groups(scope: Scope | None = None) -> dict[str, list[Setting]]:
    """Settings by group in declaration order (for the Preferences tabs)."""
    out: dict[str, list[Setting]] = {}
    for s in registry().values():
        if scope is None or s.scope == scope:
            out.setdefault(s.group, []).append(s)
    return out


def typed(values: Mapping[str, Any], scope: Scope) -> dict[str, Any]:
    """Every setting of ``scope`` with its value from ``values`` or its default."""
    return {k: s.coerce(values.get(k))[0] for k, s in registry().items() if s.scope == scope}


# -- the choices, defined once -------------------------------------------------------------

THEMES = (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark"))
OWNER_ROLE_CHOICES = (
    ("practitioner", "Practitioner (I am supervised)"),
    ("supervisor", "Supervisor (I supervise others)"),
    ("both", "Both"),
)
SPELL_LANGUAGES = (("en_GB", "British English"), ("off", "No spell checking"))

APPEARANCE, SECURITY, WRITING, REGISTRATION = "Appearance", "Security", "Writing", "Registration"

declare(
    Setting(
        "theme",
        str,
        "system",
        "Theme",
        "Light or dark colours; by default the app follows your system's choice.",
        choices=THEMES,
        group=APPEARANCE,
        scope="app",
    ),
    Setting(
        "editor_font",
        str,
        "",
        "Editor font",
        "The typeface for writing entries (empty: the system's standard font).",
        group=APPEARANCE,
        scope="app",
    ),
    Setting(
        "editor_font_size",
        int,
        11,
        "Editor font size",
        "Text size in points for the editor and the guided answers.",
        group=APPEARANCE,
        scope="app",
        minimum=7,
        maximum=32,
    ),
    Setting(
        "lock_delay_minutes",
        int,
        5,
        "Lock after (minutes)",
        "The journal locks itself after this many minutes without a key press or mouse move.",
        group=SECURITY,
        scope="app",
        minimum=1,
        maximum=240,
    ),
    Setting(
        "lock_on_screen_lock",
        bool,
        True,
        "Lock when the screen locks",
        "Lock the journal as soon as your computer's screen is locked.",
        group=SECURITY,
        scope="app",
    ),
    Setting(
        "clipboard_clear_seconds",
        int,
        30,
        "Clear copied text after (seconds)",
        "Text copied from the journal is removed from the clipboard after this long "
        "(0: only when the journal locks).",
        group=SECURITY,
        scope="app",
        minimum=0,
        maximum=600,
    ),
    Setting(
        "spell_language",
        str,
        "en_GB",
        "Spell-check language",
        "The dictionary used to mark misspelt words in entries and guided answers.",
        choices=SPELL_LANGUAGES,
        group=WRITING,
        scope="app",
    ),
    Setting(
        OWNER_ROLE_SETTING,
        str,
        "practitioner",
        "Your role",
        "Whether you are supervised, supervise others, or both: it decides which "
        "supervision screens you see first.",
        choices=OWNER_ROLE_CHOICES,
        group=REGISTRATION,
    ),
)
